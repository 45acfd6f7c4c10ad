using System.Globalization;
using System.Text.RegularExpressions;

namespace Regio.Domain.Budgetten;

/// <summary>Amounts are stored in whole euros and shown in k€ where the source documents do.</summary>
public static partial class Bedrag
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static long VanKiloEuro(long kiloEuro) => checked(kiloEuro * 1000);

    public static string AlsKiloEuro(long euro) => (euro / 1000m).ToString("#,##0", Nl);

    /// <summary>Whole euros with Dutch digit grouping, e.g. <c>36.449.000</c>; the exact amount behind a k€ figure.</summary>
    public static string AlsEuro(long euro) => euro.ToString("#,##0", Nl);

    /// <summary>
    /// Reads an amount in whole euros as a person types it in a Dutch spreadsheet: <c>36449000</c>, <c>36.449.000</c>,
    /// <c>-5.164.000</c>, <c>€ 250.000</c> or <c>250.000,00</c>. Cents other than zero are refused: budgets are whole euros.
    /// </summary>
    public static bool TryLees(string? tekst, out long euro)
    {
        euro = 0;
        var schoon = (tekst ?? "").Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00a0", "", StringComparison.Ordinal).Replace("\u2212", "-", StringComparison.Ordinal);
        var match = Vorm().Match(schoon);
        if (!match.Success
            || !long.TryParse(match.Groups["getal"].Value.Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var waarde))
        {
            return false;
        }
        euro = match.Groups["min"].Success ? -waarde : waarde;
        return true;
    }

    [GeneratedRegex(@"^(?<min>-)?(?<getal>\d{1,3}(?:\.\d{3})+|\d+)(?:,0{1,2})?$")]
    private static partial Regex Vorm();
}
