using System.Globalization;

namespace Regio.Functions.Features.Trajecten.Dialogen;

/// <summary>What the form "Deelnemer toevoegen" posts: the aanbieder's organisation id.</summary>
public sealed class DeelnemerFormulier
{
    public string? Aanbieder { get; set; }
}

/// <summary>What the form "Ronde plannen" posts; dates as yyyy-mm-dd text, read by <see cref="DialoogInvoer"/>.</summary>
public sealed class RondeFormulier
{
    public string? Titel { get; set; }

    public string? Van { get; set; }

    public string? Tot { get; set; }
}

/// <summary>What the form "Sessie plannen" posts.</summary>
public sealed class SessieFormulier
{
    public string? Ronde { get; set; }

    public string? Deelnemer { get; set; }

    public string? Datum { get; set; }

    public string? Tijd { get; set; }

    public string? Locatie { get; set; }
}

/// <summary>What the form of one session's minutes posts: the minutes and, optionally, one new follow-up.</summary>
public sealed class VerslagFormulier
{
    public int Ronde { get; set; }

    public string? Deelnemer { get; set; }

    public string? ETag { get; set; }

    public string? Tekst { get; set; }

    public string? Afspraak { get; set; }

    public string? Eigenaar { get; set; }

    public string? Uiterlijk { get; set; }
}

/// <summary>Reading the text a browser posts for dates and times.</summary>
public static class DialoogInvoer
{
    public static DateOnly? Datum(string? tekst) =>
        DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static TimeOnly? Tijd(string? tekst) =>
        TimeOnly.TryParseExact(tekst, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    public static int? Getal(string? tekst) =>
        int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static string Tekst(DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
}
