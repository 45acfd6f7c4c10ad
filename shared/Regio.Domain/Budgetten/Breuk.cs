using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Regio.Domain.Budgetten;

/// <summary>
/// An exact fraction for a verdeelsleutel, so that seven shares of 1/7 add up to exactly one and no euro is lost to
/// floating point. Always in lowest terms with a positive denominator.
/// </summary>
public readonly partial record struct Breuk
{
    public Breuk(long teller, long noemer)
    {
        if (noemer == 0)
            throw new ArgumentOutOfRangeException(nameof(noemer), "Een breuk heeft een noemer ongelijk aan 0.");
        var deler = (long)BigInteger.GreatestCommonDivisor(teller, noemer);
        var teken = noemer < 0 ? -1 : 1;
        Teller = teken * teller / deler;
        Noemer = teken * noemer / deler;
    }

    public long Teller { get; }

    public long Noemer { get; }

    public static Breuk Een => new(1, 1);

    public override string ToString() => Noemer == 1 ? Teller.ToString(CultureInfo.InvariantCulture) : $"{Teller}/{Noemer}";

    /// <summary>As a Dutch percentage with up to four decimals, for reading only (the fraction itself stays exact).</summary>
    public string AlsPercentage() => (Teller * 100m / Noemer).ToString("0.####", CultureInfo.GetCultureInfo("nl-NL")) + "%";

    public static Breuk Som(IEnumerable<Breuk> breuken)
    {
        ArgumentNullException.ThrowIfNull(breuken);
        BigInteger teller = 0, noemer = 1;
        foreach (var b in breuken)
        {
            teller = teller * b.Noemer + b.Teller * noemer;
            noemer *= b.Noemer;
            var deler = BigInteger.GreatestCommonDivisor(teller, noemer);
            teller /= deler;
            noemer /= deler;
        }
        return new Breuk((long)teller, (long)noemer);
    }

    /// <summary>Reads <c>1/7</c>, <c>3/20</c> or a percentage such as <c>14,5%</c> (at most six decimals, Dutch comma).</summary>
    public static bool TryLees(string? tekst, out Breuk breuk)
    {
        breuk = default;
        var schoon = (tekst ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (DeelDoor().Match(schoon) is { Success: true } d
            && long.TryParse(d.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            && long.TryParse(d.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            breuk = new Breuk(t, n);
            return true;
        }
        if (Procent().Match(schoon) is { Success: true } p
            && long.TryParse(p.Groups[1].Value + p.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var cijfers))
        {
            breuk = new Breuk(cijfers, 100 * (long)Math.Pow(10, p.Groups[2].Length));
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"^(\d{1,12})/(\d{1,12})$")]
    private static partial Regex DeelDoor();

    [GeneratedRegex(@"^(\d{1,3})(?:,(\d{1,6}))?%$")]
    private static partial Regex Procent();
}
