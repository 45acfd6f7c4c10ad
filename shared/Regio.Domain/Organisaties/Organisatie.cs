namespace Regio.Domain.Organisaties;

/// <summary>
/// A gemeente, the regio's buying office, an aanbieder or the platform itself. <see cref="TenantId"/> is the Entra
/// tenant its people sign in with; an aanbieder without one has <see cref="GastAccounts"/>: its people are guests
/// in the platform's tenant. <see cref="LeadGemeente"/> is set for a regio only.
/// </summary>
public sealed record Organisatie(
    OrganisatieId Id,
    OrganisatieSoort Soort,
    string Naam,
    Guid? TenantId,
    KvkNummer? Kvk,
    bool GastAccounts,
    OrganisatieId? LeadGemeente)
{
    public IReadOnlyList<Rol> MogelijkeRollen => Rollen.Voor(Soort);
}
