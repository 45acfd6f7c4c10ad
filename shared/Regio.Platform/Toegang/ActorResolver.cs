using Regio.Platform.Organisaties;

namespace Regio.Platform.Toegang;

/// <summary>Turns a validated token's tenant and object id into an <see cref="Actor"/> from the platform's own memberships.</summary>
public sealed class ActorResolver(OrganisatieStore organisaties)
{
    /// <returns>Null when the tenant is not a registered organisation's: such a caller gets nothing at all.</returns>
    public async Task<Actor?> ResolveAsync(Guid tenant, Guid objectId, string naam, CancellationToken cancellationToken)
    {
        var lid = await organisaties.FindLidAsync(tenant, objectId, cancellationToken).ConfigureAwait(false);
        if (lid is { } gevonden && await organisaties.GetAsync(gevonden.Lid.Organisatie, cancellationToken).ConfigureAwait(false) is { } organisatie)
        {
            return new Actor(tenant, objectId, gevonden.Lid.Naam, organisatie, gevonden.Lid.Rollen);
        }
        return await organisaties.IsGeregistreerdeTenantAsync(tenant, cancellationToken).ConfigureAwait(false)
            ? new Actor(tenant, objectId, naam, null, new HashSet<Domain.Organisaties.Rol>())
            : null;
    }
}
