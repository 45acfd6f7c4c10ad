using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Inschrijvingen;
using static Regio.Platform.Trajecten.Beoordelingen.Beoordelingswijziging;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// A member's own scores for one valid inschrijving: every point, on the scale, each with a motivation. The member may
/// replace them (with the version read) until everyone has scored.
/// </summary>
public sealed class ScoresIndienen(Beoordelingswijziging wijziging, TimeProvider time)
{
    /// <param name="gelezen">The version of the actor's own scores as read; null when it has not scored yet.</param>
    public Task<Uitkomst<Gelezen<IndividueleBeoordeling>>> SubmitAsync(
        Actor actor, TrajectId id, int perceel, string inschrijver, IReadOnlyList<Score>? scores, Versie? gelezen, CancellationToken ct) =>
        wijziging.ApplyAsync<IndividueleBeoordeling>(actor, id, perceel, Actie.Scoren, "scoren", c =>
        {
            var bestaand = c.Gelezen.BeoordelingVan(actor.AuditNaam, inschrijver);
            var uitkomst = Beoordelingsverloop.Scoor(c.Dossier, actor.AuditNaam, inschrijver, scores, c.Gelezen.Naam(inschrijver), time.GetUtcNow());
            if (uitkomst is not BeoordelingUitkomst<IndividueleBeoordeling>.Toegestaan { Waarde: var b })
                return (null, (Uitkomst<Gelezen<IndividueleBeoordeling>>)(((BeoordelingUitkomst<IndividueleBeoordeling>.Geweigerd)uitkomst).Weigering));
            if (Verouderd<Gelezen<IndividueleBeoordeling>>(bestaand?.Versie, gelezen, "U heeft deze inschrijving al gescoord.") is { } verouderd)
                return (null, verouderd);
            // Who scored which inschrijving, never what: the chain is read by the owner's people, the scores are not theirs to see yet.
            return (new Wijziging<IndividueleBeoordeling>(b, BeoordelingRijen.Rij(InschrijvingRijen.Partitie(id, perceel), b), bestaand?.ETag, gelezen is not null,
                bestaand is null ? $"Scores ingediend voor de inschrijving van {c.Gelezen.Naam(inschrijver)}" : $"Scores vervangen voor de inschrijving van {c.Gelezen.Naam(inschrijver)}",
                null), null);
        }, ct);
}
