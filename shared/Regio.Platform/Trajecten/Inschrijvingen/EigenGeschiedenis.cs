using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Toegang;
using static Regio.Platform.Trajecten.Inschrijvingen.Inschrijvingswijziging;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>Everything recorded about the actor's own inschrijver on this perceel: grants, submissions, withdrawals.</summary>
public sealed class EigenGeschiedenis(InschrijvingPoort poort, InschrijvingStore store)
{
    public async Task<Uitkomst<IReadOnlyList<AuditEvent>>> ListAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.Inschrijven, "eigen geschiedenis lezen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<IReadOnlyList<AuditEvent>>();
        var onderwerp = Onderwerp(id, perceel, c.Als!);
        var alle = await store.ListGeschiedenisAsync(id, perceel, ct).ConfigureAwait(false);
        return alle.Where(e => e.Onderwerp == onderwerp).Reverse().ToList();
    }
}
