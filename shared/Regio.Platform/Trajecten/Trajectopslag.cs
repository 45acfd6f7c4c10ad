using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>
/// What the traject's change use cases share: writing the changed traject against what was read (only the rows that
/// change are checked against the client's version), the audit event, and the answers every one of them can give.
/// </summary>
public sealed class Trajectopslag(TrajectStore store, TimeProvider time)
{
    public const string Tegelijk = "Iemand anders heeft dit traject intussen gewijzigd. Lees het opnieuw en probeer het nog eens.";

    public async Task<Uitkomst<TrajectVersie>> SaveAsync(TrajectVersie gelezen, Traject traject, Versie expected, AuditEvent audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gelezen);
        var opgeslagen = await store.SaveAsync((gelezen.Traject, gelezen.Versie), traject, expected, audit, ct).ConfigureAwait(false);
        return opgeslagen switch
        {
            { Versie: { } versie } => new TrajectVersie(traject, versie, time.Vandaag()),
            { TeGroot: { } teGroot } => TeGroot(teGroot),
            _ => new Uitkomst<TrajectVersie>.Conflict(Tegelijk, Verouderd: true),
        };
    }

    public AuditEvent Event(Actor actor, string actie, TrajectId id, string? voor, string? na)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new(time.GetUtcNow(), actor.AuditNaam, actie, $"traject:{id}", voor, na);
    }

    public static Uitkomst<TrajectVersie>.Conflict TeGroot(string melding) => new(melding, Code: Trajectmaat.Code);

    public static Uitkomst<TrajectVersie>.Ongeldig Ongeldig(string veld, string fout) => new(new Dictionary<string, string> { [veld] = fout });

    public static Uitkomst<TrajectVersie>.Ongeldig OnbekendPerceel(Traject traject, int perceel)
    {
        ArgumentNullException.ThrowIfNull(traject);
        return Ongeldig("perceel", $"Dit traject heeft geen perceel {perceel}. Percelen: {string.Join(", ", traject.Percelen.Select(p => p.Nummer))}.");
    }
}
