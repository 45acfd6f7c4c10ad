using Azure;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>A decided change: the new value, its row (and the ETag it must still have), the audit event's words.</summary>
internal sealed record Wijziging<T>(T Waarde, TableEntity Rij, ETag? Verwacht, bool VanClient, string Actie, string? Na, bool MomentVastzetten = false);

/// <summary>
/// What every change to the beoordeling shares: open it through the gate, refuse once the gunningsbeslissing is sent,
/// decide, and write the row with the stand and its audit event (who and what, never a score) in the perceel's
/// partition; decide again on a fresh read when another change came first, up to <see cref="Attempts"/> times.
/// </summary>
public sealed class Beoordelingswijziging(BeoordelingPoort poort, BeoordelingStore store, TimeProvider time)
{
    public const int Attempts = 5;

    public const string Tegelijk = "Tegelijk met u is de beoordeling gewijzigd. Er is niets opgeslagen; bekijk de beoordeling opnieuw en probeer het nog eens.";

    internal Task<Uitkomst<Gelezen<T>>> ApplyAsync<T>(Actor actor, TrajectId id, int perceel, Actie actie, string wat,
        Func<Beoordelingscontext, (Wijziging<T>? Wijziging, Uitkomst<Gelezen<T>>? Weigering)> beslis, CancellationToken ct) =>
        ApplyAsync<T>(actor, id, perceel, actie, wat, c => Task.FromResult(beslis(c)), ct);

    /// <summary>Reads, decides and writes; decides again on a fresh read when another change came first.</summary>
    internal async Task<Uitkomst<Gelezen<T>>> ApplyAsync<T>(Actor actor, TrajectId id, int perceel, Actie actie, string wat,
        Func<Beoordelingscontext, Task<(Wijziging<T>? Wijziging, Uitkomst<Gelezen<T>>? Weigering)>> beslis, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(beslis);
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var toegang = await poort.OpenAsync(actor, id, perceel, actie, wat, ct).ConfigureAwait(false);
            if (!toegang.TryGet(out var c))
                return toegang.RefusalAs<Gelezen<T>>();
            // The letters quote these scores and the standstill runs on them: after sending, the beoordeling is on record.
            if (c.Perceel.Dossier.Gunningsbeslissing is { } besluit)
            {
                return new Uitkomst<Gelezen<T>>.Conflict(
                    $"De gunningsbeslissing is op {Domain.Trajecten.Gunningen.Dagtekst.Kort(besluit.Datum)} verzonden; de beoordeling ligt daarmee vast en kan niet meer veranderen.", Code: "GunningVerzonden");
            }
            var (w, nee) = await beslis(c).ConfigureAwait(false);
            if (nee is not null)
                return nee;
            var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, w!.Actie, Onderwerp(id, perceel), null, w.Na);
            var geschreven = await store.SaveAsync(id, perceel, c.Gelezen, [(w.Rij, w.Verwacht)], w.MomentVastzetten, audit, ct).ConfigureAwait(false);
            if (geschreven.ETags is { } etags)
                return new Gelezen<T>(w.Waarde, etags[0]);
            if (geschreven.Verouderd && w.VanClient)
                return new Uitkomst<Gelezen<T>>.Conflict(Tegelijk, Verouderd: true);
        }
        return new Uitkomst<Gelezen<T>>.Conflict(Tegelijk);
    }

    /// <summary>
    /// A change to something that exists must name the version it read (If-Match); null when it may go ahead. A version
    /// that is not one of ours is stale.
    /// </summary>
    internal static Uitkomst<T>? Verouderd<T>(Versie? huidig, Versie? gelezen, string bestaatAl) => (huidig, gelezen) switch
    {
        (null, null) => null,
        ({ }, null) => new Uitkomst<T>.Conflict($"{bestaatAl} Stuur de ETag mee die u las (If-Match), zodat een wijziging van een ander niet verloren gaat.", Verouderd: true),
        ({ } h, { } g) when g == h => null,
        _ => new Uitkomst<T>.Conflict(Tegelijk, Verouderd: true),
    };

    /// <summary>Audit events of the beoordeling: in the sealed chain of the perceel, apart from any inschrijver's own history.</summary>
    private static string Onderwerp(TrajectId id, int perceel) => $"beoordeling:{id}:{perceel}";
}
