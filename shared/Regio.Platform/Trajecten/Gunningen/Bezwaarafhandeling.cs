using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>
/// The owner's inkoper records what happens with a bezwaar: the answer (the aanvullende motivering), the court's dates,
/// the ruling and its outcome. What is recorded is not overwritten.
/// </summary>
public sealed class Bezwaarafhandeling(Bezwaarschrijver schrijver)
{
    public Task<Uitkomst<GenummerdBezwaar>> UpdateAsync(Actor actor, TrajectId id, int perceel, int nummer, Bezwaarwijziging wijziging, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return schrijver.SaveAsync(actor, id, perceel, Actie.GunningBeheren, $"bezwaar {nummer} bijwerken",
            c => nummer < 1 || nummer > c.Perceel.Dossier.Bezwaren.Count
                ? new GunningWeigering.OnbekendBezwaar(nummer)
                : Bezwaarregels.Werk(c.Perceel.Dossier, nummer, wijziging, actor.Naam, c.Vandaag),
            _ => nummer,
            b => ($"Bezwaar {nummer} van perceel {perceel} bijgewerkt", Json.Write(new { perceel, nummer, b.Antwoord?.Datum, b.Dagvaarding, b.Zitting, b.Uitspraak, b.Uitkomst })), ct);
    }
}
