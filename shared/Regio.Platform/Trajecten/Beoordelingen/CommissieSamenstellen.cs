using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Inschrijvingen;
using static Regio.Platform.Trajecten.Beoordelingen.Beoordelingswijziging;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// The owner's inkoper or the regio coordinator names the beoordelingscommissie from the <see cref="Commissiekandidaten"/>;
/// a member already on it (also one excluded since) stays a valid choice.
/// </summary>
public sealed class CommissieSamenstellen(Beoordelingswijziging wijziging, Commissiekandidaten kandidaten)
{
    /// <param name="gelezen">The version of the commissie as read; null when none was named yet.</param>
    public Task<Uitkomst<Gelezen<IReadOnlyList<Beoordelaar>>>> SaveAsync(
        Actor actor, TrajectId id, int perceel, IReadOnlyList<string>? beoordelaars, Versie? gelezen, CancellationToken ct) =>
        wijziging.ApplyAsync<IReadOnlyList<Beoordelaar>>(actor, id, perceel, Actie.BeoordelingLeiden, "beoordelingscommissie samenstellen", async c =>
        {
            if (Verouderd<Gelezen<IReadOnlyList<Beoordelaar>>>(c.Gelezen.Commissie?.Versie, gelezen, "De beoordelingscommissie van dit perceel is al samengesteld.") is { } verouderd)
                return (null, verouderd);
            var wie = await kandidaten.ListAsync(c.Traject, ct).ConfigureAwait(false);
            var gekozen = new List<Beoordelaar>();
            foreach (var sleutel in beoordelaars ?? [])
            {
                if ((c.Dossier.Lid(sleutel ?? "") ?? wie.FirstOrDefault(k => k.Sleutel == sleutel)) is not { } b)
                {
                    var van = c.Traject.IsRegionaal ? "een deelnemende gemeente" : "de gemeente die het traject voert";
                    return (null, new Uitkomst<Gelezen<IReadOnlyList<Beoordelaar>>>.Ongeldig(new Dictionary<string, string>
                    {
                        ["beoordelaars"] = $"'{sleutel}' is geen beoordelaar of inkoper van {van}. Kies uit de kandidaten.",
                    }));
                }
                gekozen.Add(b);
            }
            var uitkomst = Beoordelingsverloop.StelCommissieSamen(c.Dossier, gekozen);
            if (uitkomst is not BeoordelingUitkomst<IReadOnlyList<Beoordelaar>>.Toegestaan { Waarde: var commissie })
                return (null, (Uitkomst<Gelezen<IReadOnlyList<Beoordelaar>>>)(((BeoordelingUitkomst<IReadOnlyList<Beoordelaar>>.Geweigerd)uitkomst).Weigering));
            return (new Wijziging<IReadOnlyList<Beoordelaar>>(commissie, BeoordelingRijen.Rij(InschrijvingRijen.Partitie(id, perceel), commissie),
                c.Gelezen.Commissie?.ETag, gelezen is not null, $"Beoordelingscommissie van perceel {perceel} samengesteld",
                Json.Write(commissie.Select(b => new { b.Sleutel, b.Naam }))), null);
        }, ct);
}
