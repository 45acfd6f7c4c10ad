using System.Globalization;
using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Rapportages;

/// <summary>A calendar month a raadsinformatiebrief reports on, written as <c>2022-01</c> in URLs and storage.</summary>
public readonly record struct Maand(int Jaar, int Nummer) : IComparable<Maand>
{
    private static readonly string[] Namen =
    [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ];

    /// <summary>The first month a letter may be about; the platform holds no procurement from before.</summary>
    public static Maand Vroegst { get; } = new(2000, 1);

    public DateOnly EersteDag => new(Jaar, Nummer, 1);

    public DateOnly LaatsteDag => EersteDag.AddMonths(1).AddDays(-1);

    public Maand Volgende => Nummer == 12 ? new(Jaar + 1, 1) : new(Jaar, Nummer + 1);

    /// <summary>As a Dutch reader writes it: "januari 2022".</summary>
    public string Naam => $"{Namen[Nummer - 1]} {Jaar.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>At the start of a sentence or a heading: "Januari 2022".</summary>
    public string Titel => char.ToUpperInvariant(Naam[0]) + Naam[1..];

    public bool Bevat(DateOnly datum) => datum.Year == Jaar && datum.Month == Nummer;

    public static Maand Van(DateOnly datum) => new(datum.Year, datum.Month);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Jaar:D4}-{Nummer:D2}");

    public int CompareTo(Maand other) => (Jaar, Nummer).CompareTo((other.Jaar, other.Nummer));

    public static bool operator <(Maand a, Maand b) => a.CompareTo(b) < 0;

    public static bool operator >(Maand a, Maand b) => a.CompareTo(b) > 0;

    public static bool operator <=(Maand a, Maand b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Maand a, Maand b) => a.CompareTo(b) >= 0;

    /// <summary>
    /// Reads "jjjj-mm" and checks that the month has begun by <paramref name="vandaag"/>: a letter reports what happened.
    /// Returns the month, or the Dutch sentence that says what to fix.
    /// </summary>
    public static (Maand? Maand, string? Fout) Lees(string? tekst, DateOnly vandaag)
    {
        var t = tekst?.Trim() ?? "";
        if (t.Length != 7 || t[4] != '-'
            || !int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var jaar)
            || !int.TryParse(t.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var nummer)
            || nummer is < 1 or > 12)
        {
            return (null, "Geef de maand als jjjj-mm, bijvoorbeeld 2022-01 voor januari 2022.");
        }
        var maand = new Maand(jaar, nummer);
        if (maand < Vroegst)
        {
            return (null, $"Kies een maand vanaf {Vroegst.Naam}.");
        }
        if (maand > Van(vandaag))
        {
            return (null, $"{maand.Titel} is nog niet begonnen (vandaag is het {Datum.Tekst(vandaag)}). Kies deze maand of een eerdere.");
        }
        return (maand, null);
    }
}

/// <summary>Dates as the letter writes them: "19 januari 2022".</summary>
public static class Datumtekst
{
    public static string Lang(DateOnly datum) => Datum.Tekst(datum);
}
