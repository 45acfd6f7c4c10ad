using Regio.Platform.Audit;
using Regio.Platform.Organisaties;

namespace Regio.Platform.Toegang;

/// <summary>Sign-ins and refused access are audit events too: in the actor's organisation, or in a partition of their own.</summary>
public sealed class Toegangslog(OrganisatieStore organisaties, TimeProvider time)
{
    /// <summary>Where refusals of people without an organisation (unknown tenants, no membership) are written.</summary>
    public const string ZonderOrganisatiePartition = "toegang|zonder-organisatie";

    public Task LogSignInAsync(Actor actor, string hoe, CancellationToken cancellationToken) =>
        organisaties.AuditAsync(Partition(actor), Event(actor.AuditNaam, "Aangemeld", hoe), cancellationToken);

    public Task LogRefusalAsync(Actor actor, string wat, string waarom, CancellationToken cancellationToken) =>
        organisaties.AuditAsync(Partition(actor), Event(actor.AuditNaam, "Toegang geweigerd", wat, waarom), cancellationToken);

    public Task LogUnknownTenantAsync(Guid tenant, Guid objectId, string wat, CancellationToken cancellationToken) =>
        organisaties.AuditAsync(ZonderOrganisatiePartition, Event($"onbekend:{tenant}:{objectId}", "Toegang geweigerd", wat, "Tenant is geen geregistreerde organisatie"), cancellationToken);

    private static string Partition(Actor actor) =>
        actor.Organisatie is { } o ? OrganisatieStore.OrganisatiePartition(o.Id) : ZonderOrganisatiePartition;

    private AuditEvent Event(string actor, string actie, string onderwerp, string? waarom = null) =>
        new(time.GetUtcNow(), actor, actie, onderwerp, Voor: null, Na: waarom);
}
