namespace Regio.Domain.Budgetten;

public enum Domein
{
    Wmo,
    Jeugd,
    /// <summary>Sociale basis: voorliggende voorzieningen in de wijk (stored by name, so adding a value is safe).</summary>
    SocialeBasis,
}
