using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Toelatingen;

/// <summary>
/// The access gate of the open house's use cases on one perceel, on <see cref="TrajectPoort"/>: a perceel that is not
/// there is not found; else <see cref="AccessPolicy.BeslisToelating"/> decides, and a refusal is logged.
/// </summary>
public sealed class ToelatingPoort(TrajectPoort poort)
{
    /// <summary>The traject, when the perceel exists and the policy allows <paramref name="actie"/> on it; else the logged refusal.</summary>
    public Task<Uitkomst<TrajectVersie>> OpenAsync(Actor actor, TrajectId id, int perceel, Actie actie, string wat, CancellationToken ct) =>
        poort.OpenAsync(actor, id, wat, t => t.Traject.Percelen.Any(p => p.Nummer == perceel)
            ? AccessPolicy.BeslisToelating(actor, actie, t.Traject, t.Peildatum)
            : new Besluit.NietGevonden(), ct);

    /// <summary>The audit event in the traject's chain, at the server's time, naming the actor as every event does.</summary>
    internal static AuditEvent Event(TimeProvider time, Actor actor, string actie, TrajectId id, string? voor, string? na) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, $"traject:{id}", voor, na);
}
