using Azure;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// After the opening: the verdict on each inschrijving's validity (SAS obligation c), each member's own scores (which
/// they may replace until everyone has scored), and once everyone has scored the consensus, recorded by the inkoper or
/// coordinator after the commissie's meeting. Changing an existing verdict, score or consensus needs its ETag.
/// </summary>
public sealed partial class BeoordelingBeheer
{
    public Task<Uitkomst<Gelezen<Geldigheid>>> StelGeldigheidVastAsync(
        Actor actor, TrajectId id, int perceel, string inschrijver, bool? geldig, string? reden, ETag? etag, CancellationToken ct) =>
        WijzigAsync<Geldigheid>(actor, id, perceel, Actie.BeoordelingLeiden, "geldigheid vaststellen", c =>
        {
            var bestaand = c.Gelezen.GeldigheidVan(inschrijver);
            var uitkomst = Beoordelingsverloop.StelGeldigheidVast(c.Dossier, inschrijver, geldig, reden, actor.Naam, time.GetUtcNow());
            if (uitkomst is not BeoordelingUitkomst<Geldigheid>.Toegestaan { Waarde: var g })
                return (null, (Uitkomst<Gelezen<Geldigheid>>)(((BeoordelingUitkomst<Geldigheid>.Geweigerd)uitkomst).Weigering));
            if (Versie<Gelezen<Geldigheid>>(bestaand?.ETag, etag, "Voor deze inschrijving is de geldigheid al vastgesteld.") is { } verouderd)
                return (null, verouderd);
            return (new Wijziging<Geldigheid>(g, BeoordelingRijen.Rij(InschrijvingRijen.Partitie(id, perceel), g), bestaand?.ETag, etag is not null,
                $"Inschrijving van {c.Gelezen.Naam(inschrijver)} {(g.Geldig ? "geldig" : "ongeldig")} verklaard",
                Json.Write(new { g.Inschrijver, g.Geldig, g.Reden })), null);
        }, ct);

    /// <summary>The actor's own scores for one valid inschrijving: every point, on the scale, each with a motivation.</summary>
    public Task<Uitkomst<Gelezen<IndividueleBeoordeling>>> ScoorAsync(
        Actor actor, TrajectId id, int perceel, string inschrijver, IReadOnlyList<Score>? scores, ETag? etag, CancellationToken ct) =>
        WijzigAsync<IndividueleBeoordeling>(actor, id, perceel, Actie.Scoren, "scoren", c =>
        {
            var bestaand = c.Gelezen.BeoordelingVan(actor.AuditNaam, inschrijver);
            var uitkomst = Beoordelingsverloop.Scoor(c.Dossier, actor.AuditNaam, inschrijver, scores, c.Gelezen.Naam(inschrijver), time.GetUtcNow());
            if (uitkomst is not BeoordelingUitkomst<IndividueleBeoordeling>.Toegestaan { Waarde: var b })
                return (null, (Uitkomst<Gelezen<IndividueleBeoordeling>>)(((BeoordelingUitkomst<IndividueleBeoordeling>.Geweigerd)uitkomst).Weigering));
            if (Versie<Gelezen<IndividueleBeoordeling>>(bestaand?.ETag, etag, "U heeft deze inschrijving al gescoord.") is { } verouderd)
                return (null, verouderd);
            // Who scored which inschrijving, never what: the chain is read by the owner's people, the scores are not theirs to see yet.
            return (new Wijziging<IndividueleBeoordeling>(b, BeoordelingRijen.Rij(InschrijvingRijen.Partitie(id, perceel), b), bestaand?.ETag, etag is not null,
                bestaand is null ? $"Scores ingediend voor de inschrijving van {c.Gelezen.Naam(inschrijver)}" : $"Scores vervangen voor de inschrijving van {c.Gelezen.Naam(inschrijver)}",
                null), null);
        }, ct);

    /// <summary>
    /// The scores of one inschrijving the actor may see: with <paramref name="beoordelaar"/> one member's (404 when it is
    /// another's and not everyone has scored), without it the actor's own, and everyone's once all have scored.
    /// </summary>
    public async Task<Uitkomst<Scoresbeeld>> ScoresAsync(
        Actor actor, TrajectId id, int perceel, string inschrijver, string? beoordelaar, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, id, perceel, Actie.BeoordelingVolgen, "scores lezen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Scoresbeeld>();
        if (!c.Dossier.Inschrijvers.Contains(inschrijver))
            return new Uitkomst<Scoresbeeld>.NietGevonden();
        var commissie = c.Dossier.Commissie;
        if (beoordelaar is not null)
        {
            var besluit = AccessPolicy.BeslisScores(actor, c.Traject, c.Vandaag, c.Dossier, beoordelaar);
            if (besluit is not Besluit.Toegestaan)
                return await poort.WeigerAsync<Scoresbeeld>(actor, id, "scores van een beoordelaar lezen", besluit, ct).ConfigureAwait(false);
            return c.Gelezen.BeoordelingVan(beoordelaar, inschrijver) is { } een
                ? new Scoresbeeld([een], commissie)
                : new Uitkomst<Scoresbeeld>.NietGevonden();
        }
        return new Scoresbeeld(c.Gelezen.Beoordelingen.Where(b => b.Waarde.Inschrijver == inschrijver
            && AccessPolicy.BeslisScores(actor, c.Traject, c.Vandaag, c.Dossier, b.Waarde.Beoordelaar) is Besluit.Toegestaan).ToList(), commissie);
    }

    /// <summary>The agreed score and motivation per point for one valid inschrijving; only once everyone has scored.</summary>
    public Task<Uitkomst<Gelezen<Consensus>>> LegConsensusVastAsync(
        Actor actor, TrajectId id, int perceel, string inschrijver, IReadOnlyList<Score>? scores, ETag? etag, CancellationToken ct) =>
        WijzigAsync<Consensus>(actor, id, perceel, Actie.ConsensusVastleggen, "consensus vastleggen", c =>
        {
            var bestaand = c.Gelezen.ConsensusVan(inschrijver);
            var uitkomst = Beoordelingsverloop.LegConsensusVast(c.Dossier, inschrijver, scores, c.Gelezen.Naam(inschrijver), actor.Naam, time.GetUtcNow());
            if (uitkomst is not BeoordelingUitkomst<Consensus>.Toegestaan { Waarde: var consensus })
                return (null, (Uitkomst<Gelezen<Consensus>>)(((BeoordelingUitkomst<Consensus>.Geweigerd)uitkomst).Weigering));
            if (Versie<Gelezen<Consensus>>(bestaand?.ETag, etag, "Voor deze inschrijving is de consensus al vastgelegd.") is { } verouderd)
                return (null, verouderd);
            return (new Wijziging<Consensus>(consensus, BeoordelingRijen.Rij(InschrijvingRijen.Partitie(id, perceel), consensus), bestaand?.ETag, etag is not null,
                bestaand is null ? $"Consensus vastgelegd voor de inschrijving van {c.Gelezen.Naam(inschrijver)}" : $"Consensus gewijzigd voor de inschrijving van {c.Gelezen.Naam(inschrijver)}",
                null), null);
        }, ct);
}
