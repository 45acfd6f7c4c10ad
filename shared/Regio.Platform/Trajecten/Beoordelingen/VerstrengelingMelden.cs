using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// A member of the commissie declares a conflict of interest with an explanation, and is excluded from scoring and from
/// all scores from then on.
/// </summary>
public sealed class VerstrengelingMelden(Beoordelingswijziging wijziging, TimeProvider time)
{
    public Task<Uitkomst<Gelezen<IReadOnlyList<Beoordelaar>>>> DeclareAsync(Actor actor, TrajectId id, int perceel, string? toelichting, CancellationToken ct) =>
        wijziging.ApplyAsync<IReadOnlyList<Beoordelaar>>(actor, id, perceel, Actie.VerstrengelingMelden, "belangenverstrengeling melden", c =>
        {
            var uitkomst = Beoordelingsverloop.MeldVerstrengeling(c.Dossier, actor.AuditNaam, toelichting, time.GetUtcNow());
            if (uitkomst is not BeoordelingUitkomst<IReadOnlyList<Beoordelaar>>.Toegestaan { Waarde: var commissie })
                return (null, (Uitkomst<Gelezen<IReadOnlyList<Beoordelaar>>>)(((BeoordelingUitkomst<IReadOnlyList<Beoordelaar>>.Geweigerd)uitkomst).Weigering));
            return (new Wijziging<IReadOnlyList<Beoordelaar>>(commissie, BeoordelingRijen.Rij(InschrijvingRijen.Partitie(id, perceel), commissie),
                c.Gelezen.Commissie?.ETag, false, $"Belangenverstrengeling gemeld door een beoordelaar van perceel {perceel}; uitgesloten van de beoordeling", null), null);
        }, ct);
}
