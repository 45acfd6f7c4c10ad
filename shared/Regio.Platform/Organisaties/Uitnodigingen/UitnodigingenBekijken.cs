using Regio.Domain.Organisaties;
using Regio.Platform.Toegang;

namespace Regio.Platform.Organisaties.Uitnodigingen;

/// <summary>An organisation's invitations, newest first, for whoever may manage its roles.</summary>
public sealed class UitnodigingenBekijken(OrganisatieStore store, Toegangspoort toegangspoort)
{
    public async Task<Uitkomst<IReadOnlyList<Uitnodiging>>> ListAsync(Actor actor, OrganisatieId id, CancellationToken cancellationToken)
    {
        var besluit = AccessPolicy.Beslis(actor, Actie.RollenBeheren, id);
        if (besluit is not Besluit.Toegestaan toegestaan || await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            return await toegangspoort.WeigerAsync<IReadOnlyList<Uitnodiging>>(actor, $"uitnodigingen van organisatie:{id}",
                besluit is Besluit.Toegestaan ? new Besluit.NietGevonden() : besluit, cancellationToken).ConfigureAwait(false);
        }
        var lijst = await store.ListUitnodigingenAsync(toegestaan.Scope, cancellationToken).ConfigureAwait(false);
        return lijst.OrderByDescending(u => u.Verstuurd).ToList();
    }
}
