using Regio.Domain.Organisaties;

namespace Regio.Platform.Toegang;

/// <summary>
/// Who is asking: the Entra tenant and object id from the token, and what the platform's own memberships make of
/// them. <see cref="Organisatie"/> is null for someone from a registered tenant whom nobody has given a membership yet.
/// </summary>
public sealed record Actor(Guid TenantId, Guid ObjectId, string Naam, Organisatie? Organisatie, IReadOnlySet<Rol> Rollen)
{
    public bool HeeftRol(Rol rol) => Rollen.Contains(rol);

    public bool IsBeheerder => Organisatie?.Soort == OrganisatieSoort.Platform && HeeftRol(Rol.Beheerder);

    public bool HoortBij(OrganisatieId organisatie) => Organisatie?.Id == organisatie;

    /// <summary>How this actor appears in audit events: tenant/object id, never a name alone.</summary>
    public string AuditNaam => $"{Organisatie?.Id.Value ?? "onbekend"}:{TenantId}:{ObjectId}";
}
