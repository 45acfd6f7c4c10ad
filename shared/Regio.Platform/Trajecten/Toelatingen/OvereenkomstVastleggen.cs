using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Toelatingen;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Toelatingen;

/// <summary>The owner's inkoper records the date an admitted aanbieder signed its overeenkomst.</summary>
public sealed class OvereenkomstVastleggen(Aanvraagwijziging wijziging, TimeProvider time)
{
    public Task<Uitkomst<AanvraagVersie>> SaveAsync(
        Actor actor, TrajectId id, int perceel, int nummer, DateOnly getekend, Versie gelezenVersie, CancellationToken ct) =>
        wijziging.ChangeAsync(actor, id, perceel, nummer, gelezenVersie, $"overeenkomst van aanvraag {nummer} vastleggen",
            a => Toelatingsregels.LegOvereenkomstVast(a, getekend, time.Vandaag()),
            _ => $"Overeenkomst getekend: aanvraag {nummer} voor perceel {perceel}", ct);
}
