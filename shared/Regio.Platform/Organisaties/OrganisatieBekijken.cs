using Regio.Domain.Organisaties;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Organisaties;

/// <summary>An organisation with its members, each with the version a change of roles must send back.</summary>
public sealed record OrganisatieMetLeden(Organisatie Organisatie, IReadOnlyList<(Lidmaatschap Lid, Versie Versie)> Leden, bool MagRollenBeheren);

/// <summary>An organisation and its members, for whoever the policy lets see them; to anyone else it does not exist.</summary>
public sealed class OrganisatieBekijken(OrganisatieStore store, Toegangspoort toegangspoort)
{
    public async Task<Uitkomst<OrganisatieMetLeden>> GetAsync(Actor actor, OrganisatieId id, CancellationToken cancellationToken)
    {
        if (AccessPolicy.Beslis(actor, Actie.LedenBekijken, id) is not Besluit.Toegestaan toegestaan
            || await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } organisatie)
        {
            return await toegangspoort.WeigerAsync<OrganisatieMetLeden>(actor, $"organisatie:{id} bekijken", new Besluit.NietGevonden(), cancellationToken).ConfigureAwait(false);
        }
        var leden = await store.ListLedenAsync(toegestaan.Scope, cancellationToken).ConfigureAwait(false);
        var magBeheren = AccessPolicy.Beslis(actor, Actie.RollenBeheren, id) is Besluit.Toegestaan;
        return new OrganisatieMetLeden(organisatie, leden.OrderBy(l => l.Lid.Naam, StringComparer.CurrentCulture).Select(l => (l.Lid, Versie.Enkel(l.ETag))).ToList(), magBeheren);
    }
}
