using Regio.Domain.Regios;
using Regio.Platform.Regios;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>
/// The keuzes the gemeenten of the coordinator's regio shared with it, per gemeente, as the regio reads them: only what
/// <see cref="BudgetStore.ListGedeeldeKeuzesAsync"/> lets leave a gemeente's partition. Anyone else finds nothing.
/// </summary>
public sealed class GedeeldeKeuzesBekijken(BudgetStore store, RegioStore regios)
{
    public async Task<Uitkomst<IReadOnlyList<GelezenKeuze.Gedeeld>>> ListAsync(Actor actor, RegioId regioId, CancellationToken ct)
    {
        var regio = await regios.GetAsync(regioId, ct).ConfigureAwait(false);
        if (regio is null || regio.Gemeenten.Count == 0
            || AccessPolicy.Beslis(actor, Actie.GedeeldeKeuzeLezen, regio.Gemeenten[0].Id) is not Besluit.Toegestaan { Scope: var scope }
            || scope.Organisatie.Value != regio.Id.Value)
        {
            return new Uitkomst<IReadOnlyList<GelezenKeuze.Gedeeld>>.NietGevonden();
        }
        var perGemeente = await Task.WhenAll(regio.Gemeenten.Select(async g =>
            (await store.ListGedeeldeKeuzesAsync(scope, g.Id, ct).ConfigureAwait(false)).Select(k => new GelezenKeuze.Gedeeld(g, k)))).ConfigureAwait(false);
        return perGemeente.SelectMany(k => k).ToList();
    }
}
