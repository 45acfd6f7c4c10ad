namespace Regio.Domain.Organisaties;

/// <summary>
/// Whether the platform has accepted an organisation. An aanbieder that registered itself is <see cref="Onbevestigd"/>
/// until a platform beheerder confirms or refuses it; everything a beheerder registers is <see cref="Bevestigd"/>.
/// </summary>
public enum OrganisatieStatus
{
    Bevestigd,
    Onbevestigd,
    Geweigerd,
}
