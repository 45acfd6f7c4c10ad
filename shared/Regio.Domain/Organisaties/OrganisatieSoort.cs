namespace Regio.Domain.Organisaties;

public enum OrganisatieSoort
{
    Gemeente,
    Regio,
    Aanbieder,
    /// <summary>The platform's own organisation: its beheerders onboard the others.</summary>
    Platform,
}
