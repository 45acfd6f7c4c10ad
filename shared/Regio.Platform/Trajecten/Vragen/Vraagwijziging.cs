using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Vragen;

/// <summary>
/// What every change to the questions shares: the audit event names the actor as every event does, and never copies
/// who asked into a nota.
/// </summary>
internal static class Vraagwijziging
{
    /// <summary>The audit event in the traject's chain, at the server's time.</summary>
    public static AuditEvent Event(TimeProvider time, Actor actor, string actie, TrajectId id, string? voor, string? na) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, $"traject:{id}", voor, na);
}
