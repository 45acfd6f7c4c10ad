using Regio.Domain.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>
/// A gemeente's budgets with its shares of shared percelen and the post that pays each share, for its own people only
/// (<see cref="Actie.BudgetBekijken"/>); whether the reader may also change them comes with it.
/// </summary>
public sealed class BudgetBekijken(BudgetPoort poort, BudgetStore store)
{
    public async Task<Uitkomst<BudgetOverzicht>> GetAsync(Actor actor, GemeenteId gemeente, CancellationToken ct)
    {
        var open = await poort.OpenAsync(actor, gemeente, Actie.BudgetBekijken, $"budget:{gemeente} budget bekijken", ct).ConfigureAwait(false);
        if (!open.TryGet(out var scope))
            return open.RefusalAs<BudgetOverzicht>();
        var budgetten = await store.ListAsync(scope, ct).ConfigureAwait(false);
        var aandelen = await store.ListAandelenAsync(scope, ct).ConfigureAwait(false);
        var dekkingen = await store.ListDekkingenAsync(scope, ct).ConfigureAwait(false);
        var magBeheren = AccessPolicy.Beslis(actor, Actie.BudgetBeheren, gemeente) is Besluit.Toegestaan;
        return new BudgetOverzicht(gemeente, budgetten, aandelen, magBeheren, dekkingen.Select(d => (d.Dekking, Versie.Enkel(d.ETag))).ToList());
    }
}
