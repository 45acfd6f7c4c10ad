namespace Regio.Domain.Organisaties;

/// <summary>
/// A gemeente, the regio's buying office, an aanbieder or the platform itself. <see cref="TenantId"/> is the Entra
/// tenant its people sign in with; an aanbieder without one has <see cref="GastAccounts"/>: its people are guests
/// in the platform's tenant. <see cref="LeadGemeente"/> is set for a regio only. <see cref="Status"/> and
/// <see cref="Weigerreden"/> are for an aanbieder that registered itself; they are not positional, because nearly every
/// organisation is simply <see cref="OrganisatieStatus.Bevestigd"/>.
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

    public OrganisatieStatus Status { get; init; } = OrganisatieStatus.Bevestigd;

    /// <summary>Why the beheerder refused it; shown to the aanbieder's own people.</summary>
    public string? Weigerreden { get; init; }

    public bool IsBevestigd => Status == OrganisatieStatus.Bevestigd;
}
