using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Inschrijvingen;
using static Regio.Platform.Trajecten.Beoordelingen.Beoordelingswijziging;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// Once everyone has scored, the inkoper or coordinator records the consensus after the commissie's meeting: the agreed
/// score and motivation per point for one valid inschrijving. Changing it needs its version.
/// </summary>
public sealed class ConsensusVastleggen(Beoordelingswijziging wijziging, TimeProvider time)
{
    /// <param name="gelezen">The version of the consensus as read; null when there is none yet.</param>
    public Task<Uitkomst<Gelezen<Consensus>>> SaveAsync(
        Actor actor, TrajectId id, int perceel, string inschrijver, IReadOnlyList<Score>? scores, Versie? gelezen, CancellationToken ct) =>
        wijziging.ApplyAsync<Consensus>(actor, id, perceel, Actie.ConsensusVastleggen, "consensus vastleggen", c =>
        {
            var bestaand = c.Gelezen.ConsensusVan(inschrijver);
            var uitkomst = Beoordelingsverloop.LegConsensusVast(c.Dossier, inschrijver, scores, c.Gelezen.Naam(inschrijver), actor.Naam, time.GetUtcNow());
            if (uitkomst is not BeoordelingUitkomst<Consensus>.Toegestaan { Waarde: var consensus })
                return (null, (Uitkomst<Gelezen<Consensus>>)(((BeoordelingUitkomst<Consensus>.Geweigerd)uitkomst).Weigering));
            if (Verouderd<Gelezen<Consensus>>(bestaand?.Versie, gelezen, "Voor deze inschrijving is de consensus al vastgelegd.") is { } verouderd)
                return (null, verouderd);
            return (new Wijziging<Consensus>(consensus, BeoordelingRijen.Rij(InschrijvingRijen.Partitie(id, perceel), consensus), bestaand?.ETag, gelezen is not null,
                bestaand is null ? $"Consensus vastgelegd voor de inschrijving van {c.Gelezen.Naam(inschrijver)}" : $"Consensus gewijzigd voor de inschrijving van {c.Gelezen.Naam(inschrijver)}",
                null), null);
        }, ct);
}
