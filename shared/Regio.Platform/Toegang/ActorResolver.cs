using System.Collections.Concurrent;
using Regio.Domain.Organisaties;
using Regio.Platform.Organisaties;
using Regio.Platform.Organisaties.Uitnodigingen;

namespace Regio.Platform.Toegang;

/// <summary>
/// Turns a validated token's tenant and object id into an <see cref="Actor"/> from the platform's own memberships, on
/// every request. Its roles come from the membership row, read each time, so a role or membership change counts from the
/// next request on. What only a beheerder's registration writes is kept in memory, so that a signed-in request costs one
/// point read (DESIGN: a deadline rush is bound by storage round trips):
/// <list type="bullet">
/// <item>that a tenant is registered, and an organisation's row, for <see cref="Bewaartijd"/>: an organisation is
/// registered once and never changed or removed; were that to change, it would count here within a minute. Only a yes is
/// kept, so a newly registered tenant gets in on its next request;</item>
/// <item>which organisation a person's membership is in (the index row): checked by reading the membership there, and
/// looked up again when it is not there.</item>
/// </list>
/// A person of a registered tenant without a membership may have been invited: <paramref name="binden"/> turns an open
/// invitation for their address into their membership, so that only a newcomer costs more than one read.
/// </summary>
public sealed class ActorResolver(OrganisatieStore organisaties, TimeProvider? time = null, UitnodigingBinden? binden = null)
{
    public static readonly TimeSpan Bewaartijd = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _tenants = new();
    private readonly ConcurrentDictionary<OrganisatieId, (Organisatie Organisatie, DateTimeOffset Tot)> _organisaties = new();
    private readonly ConcurrentDictionary<(Guid Tenant, Guid ObjectId), OrganisatieId> _ledenIndex = new();

    /// <returns>Null when the tenant is not a registered organisation's: such a caller gets nothing at all.</returns>
    public Task<Actor?> ResolveAsync(Guid tenant, Guid objectId, string naam, CancellationToken cancellationToken) =>
        ResolveAsync(tenant, objectId, naam, null, cancellationToken);

    /// <param name="upn">The address in the token (preferred_username or upn), by which an invitation binds; null when it has none.</param>
    /// <returns>Null when the tenant is not a registered organisation's: such a caller gets nothing at all.</returns>
    public async Task<Actor?> ResolveAsync(Guid tenant, Guid objectId, string naam, string? upn, CancellationToken cancellationToken)
    {
        if (await FindLidAsync(tenant, objectId, cancellationToken).ConfigureAwait(false) is { } lid
            && await GetOrganisatieAsync(lid.Organisatie, cancellationToken).ConfigureAwait(false) is { } organisatie)
        {
            return new Actor(tenant, objectId, lid.Naam, organisatie, lid.Rollen);
        }
        if (!await IsRegisteredTenantAsync(tenant, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        if (upn is not null && binden is not null
            && await binden.BindAsync(tenant, objectId, naam, upn, cancellationToken).ConfigureAwait(false) is { } nieuw
            && await GetOrganisatieAsync(nieuw.Organisatie, cancellationToken).ConfigureAwait(false) is { } uitnodigend)
        {
            _ledenIndex[(tenant, objectId)] = nieuw.Organisatie;
            return new Actor(tenant, objectId, nieuw.Naam, uitnodigend, nieuw.Rollen);
        }
        return new Actor(tenant, objectId, naam, null, new HashSet<Rol>());
    }

    /// <summary>True when some registered organisation signs in with this Entra tenant (the allow-list).</summary>
    public async Task<bool> IsRegisteredTenantAsync(Guid tenant, CancellationToken cancellationToken)
    {
        if (_tenants.TryGetValue(tenant, out var tot) && tot > _time.GetUtcNow())
        {
            return true;
        }
        if (!await organisaties.IsRegisteredTenantAsync(tenant, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        _tenants[tenant] = _time.GetUtcNow() + Bewaartijd;
        return true;
    }

    private async Task<Lidmaatschap?> FindLidAsync(Guid tenant, Guid objectId, CancellationToken cancellationToken)
    {
        if (_ledenIndex.TryGetValue((tenant, objectId), out var bekend)
            && await organisaties.FindLidAsync(bekend, tenant, objectId, cancellationToken).ConfigureAwait(false) is { } lid)
        {
            return lid;
        }
        _ledenIndex.TryRemove((tenant, objectId), out _);
        if (await organisaties.FindLidAsync(tenant, objectId, cancellationToken).ConfigureAwait(false) is not { Lid: var gevonden })
        {
            return null;
        }
        _ledenIndex[(tenant, objectId)] = gevonden.Organisatie;
        return gevonden;
    }

    private async Task<Organisatie?> GetOrganisatieAsync(OrganisatieId id, CancellationToken cancellationToken)
    {
        if (_organisaties.TryGetValue(id, out var bewaard) && bewaard.Tot > _time.GetUtcNow())
        {
            return bewaard.Organisatie;
        }
        if (await organisaties.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } organisatie)
        {
            return null;
        }
        _organisaties[id] = (organisatie, _time.GetUtcNow() + Bewaartijd);
        return organisatie;
    }
}
