using System.Globalization;
using Regio.Domain.Trajecten.Gunningen;

namespace Regio.Functions.Features.Trajecten.Gunningen;

/// <summary>The form "Winnaars kiezen": the ticked inschrijvers, the reason for a departure from the ranking, an explanation.</summary>
public sealed class KeuzeFormulier
{
    public string? ETag { get; set; }
    public List<string> Winnaars { get; set; } = [];
    public string? Afwijking { get; set; }
    public string? Toelichting { get; set; }
}

/// <summary>The form "Gunningsbeslissing verzenden": the concept that was previewed and the confirmation that it was checked.</summary>
public sealed class VerzendFormulier
{
    public string? ETag { get; set; }
    public string? Bevestigd { get; set; }
}

/// <summary>An inschrijver's request: an aanvullende motivering or a kort geding announced, with its text.</summary>
public sealed class BezwaarFormulier
{
    public string? Soort { get; set; }
    public string? Toelichting { get; set; }
}

/// <summary>What the inkoper records about one bezwaar; dates as the browser posts them (yyyy-mm-dd), empty when not given.</summary>
public sealed class BezwaarWerkFormulier
{
    public int Nummer { get; set; }
    public string? AntwoordDatum { get; set; }
    public string? Antwoord { get; set; }
    public string? Dagvaarding { get; set; }
    public string? Zitting { get; set; }
    public string? UitspraakDatum { get; set; }
    public string? Uitkomst { get; set; }

    /// <summary>The change, or the fields whose date cannot be read.</summary>
    public (Bezwaarwijziging? Wijziging, Dictionary<string, string> Fouten) Lees()
    {
        var fouten = new Dictionary<string, string>();
        DateOnly? Datum(string? tekst, string veld)
        {
            if (string.IsNullOrWhiteSpace(tekst))
                return null;
            if (DateOnly.TryParseExact(tekst.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return d;
            fouten[veld] = "Vul een datum in als dag-maand-jaar.";
            return null;
        }
        var wijziging = new Bezwaarwijziging(Datum(AntwoordDatum, "antwoordDatum"), Leeg(Antwoord), Datum(Dagvaarding, "dagvaarding"),
            Datum(Zitting, "zitting"), Datum(UitspraakDatum, "uitspraakDatum"), Leeg(Uitkomst));
        return (fouten.Count == 0 ? wijziging : null, fouten);
    }

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst;
}

/// <summary>The form "Definitief gunnen": the contracts' start and, for taakgerichte bekostiging, the amount per year.</summary>
public sealed class DefinitiefFormulier
{
    public string? Startdatum { get; set; }
    public string? BedragPerJaar { get; set; }
}
