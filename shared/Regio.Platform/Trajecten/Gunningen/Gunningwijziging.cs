using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>
/// What every change to a gunning shares. A change is decided on what was read and written only if those rows are
/// unchanged; when only the traject row moved on (another fact, phase or bezwaar of the traject), the use case reads
/// and decides again, up to <see cref="Attempts"/> times. A clash on the gunning's own rows is someone else's change to
/// the same decision: that is answered at once with <see cref="Tegelijk"/>, so nobody overwrites what they did not see.
/// </summary>
internal static class Gunningwijziging
{
    public const int Attempts = 5;

    public const string Tegelijk = "Tegelijk met u is de gunning of het traject gewijzigd. Er is niets opgeslagen; bekijk de gunning opnieuw en probeer het nog eens.";

    /// <summary>The audit event in the traject's chain, at the server's time, naming the actor as every event does.</summary>
    public static AuditEvent Event(TimeProvider time, Actor actor, string actie, TrajectId id, string? voor, string? na) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, $"traject:{id}", voor, na);
}
