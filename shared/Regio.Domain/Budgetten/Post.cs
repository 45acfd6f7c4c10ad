namespace Regio.Domain.Budgetten;

/// <summary>A budget line with one amount per year, in whole euros. Negative for a taakstelling.</summary>
public sealed record Post(string Naam, IReadOnlyList<long> BedragenInEuro)
{
    public bool IsTaakstelling => BedragenInEuro.Any(b => b < 0);
}
