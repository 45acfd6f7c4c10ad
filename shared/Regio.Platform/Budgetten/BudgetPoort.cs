using Regio.Domain.Regios;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>
/// The access gate of the use cases of a gemeente's own budget and lokale keuzes, on <see cref="Toegangspoort"/>: it asks
/// the policy whether the actor may do <see cref="Actie"/> for the gemeente, and hands on the scope it allowed (the
/// stores read the gemeente's private partition only through that scope) or logs and answers the refusal.
/// </summary>
public sealed class BudgetPoort(Toegangspoort toegangspoort)
{
    /// <param name="onderwerp">What the access log names, e.g. <c>budget:haarlem budget bekijken</c>.</param>
    public async Task<Uitkomst<OrganisatieScope>> OpenAsync(Actor actor, GemeenteId gemeente, Actie actie, string onderwerp, CancellationToken ct)
    {
        var besluit = AccessPolicy.Beslis(actor, actie, gemeente);
        return besluit is Besluit.Toegestaan { Scope: var scope }
            ? scope
            : await toegangspoort.WeigerAsync<OrganisatieScope>(actor, onderwerp, besluit, ct).ConfigureAwait(false);
    }
}
