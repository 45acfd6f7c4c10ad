using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>
/// The council adopts (vaststellen) a domain's budget: it is marked vastgesteld, and from then on every change to it needs
/// a reason. Only the version that was read is adopted.
/// </summary>
public sealed class BudgetVaststellen(BudgetPoort poort, BudgetStore store, TimeProvider time)
{
    /// <param name="gelezen">The budget's version as read; one that is not the current one (or not ours) is stale.</param>
    public async Task<Uitkomst<BudgetVersie>> AdoptAsync(Actor actor, GemeenteId gemeente, string? domein, Versie gelezen, CancellationToken ct)
    {
        var open = await poort.OpenAsync(actor, gemeente, Actie.BudgetBeheren, $"budget:{gemeente} budget vaststellen", ct).ConfigureAwait(false);
        if (!open.TryGet(out var scope))
            return open.RefusalAs<BudgetVersie>();
        if (Budgetdomein.Parse(domein) is not { } gekozen)
            return Weigeringen.Ongeldig<BudgetVersie>("domein", Budgetdomein.Fout);
        if ((await store.ListAsync(scope, ct).ConfigureAwait(false)).FirstOrDefault(b => b.Budget.Domein == gekozen) is not { } versie)
            return new Uitkomst<BudgetVersie>.NietGevonden();
        if (versie.Budget.Status == BudgetStatus.Vastgesteld)
            return new Uitkomst<BudgetVersie>.Conflict($"Het budget {Budgetdomein.Naam(gekozen)} is al vastgesteld.");
        var vastgesteld = versie.Budget with { Status = BudgetStatus.Vastgesteld };
        var audit = Budgetmutatie.Event(time, actor, $"Budget {Budgetdomein.Naam(gekozen)} vastgesteld", gemeente, gekozen,
            new { status = versie.Budget.Status }, new { status = vastgesteld.Status });
        return await store.SaveStatusAsync(scope, vastgesteld, gelezen.EnkeleETagOfOnbekend, audit, ct).ConfigureAwait(false) is { } etag
            ? new BudgetVersie(vastgesteld, Versie.Enkel(etag))
            : new Uitkomst<BudgetVersie>.Conflict(Budgetmutatie.Tegelijk, Verouderd: true);
    }
}
