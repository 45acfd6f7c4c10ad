using Regio.Domain.Organisaties;
using Regio.Platform.Toegang;

namespace Regio.Platform.Organisaties;

/// <summary>The organisations the actor may see: every one for a platform beheerder, else its own.</summary>
public sealed class OrganisatiesBekijken(OrganisatieStore store)
{
    public async Task<Uitkomst<IReadOnlyList<Organisatie>>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (AccessPolicy.Beslis(actor, Actie.OrganisatiesBeheren, Platform) is Besluit.Toegestaan toegestaan)
        {
            return new Uitkomst<IReadOnlyList<Organisatie>>.Gelukt(await store.ListAsync(toegestaan.Scope, cancellationToken).ConfigureAwait(false));
        }
        return new Uitkomst<IReadOnlyList<Organisatie>>.Gelukt(actor.Organisatie is { } eigen ? [eigen] : []);
    }

    /// <summary>The platform itself: the organisation the policy is asked about for registering and listing organisations.</summary>
    private static readonly OrganisatieId Platform = new("platform");
}
