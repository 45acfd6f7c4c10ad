using System.Globalization;
using Regio.Domain.Trajecten;

namespace Regio.Functions.Features.Trajecten.Vragen;

/// <summary>How the questions pages write times, percelen and texts for a Dutch reader.</summary>
internal static class VragenTeksten
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>A moment in Dutch time, such as "23 november 2026 om 10:00".</summary>
    public static string Tijdstip(DateTimeOffset op) => TimeZoneInfo.ConvertTime(op, Amsterdam).ToString("d MMMM yyyy 'om' HH:mm", Nl);

    public static string Perceel(Traject traject, int? nummer) => nummer switch
    {
        null => "Het hele traject",
        { } n when traject.Percelen.FirstOrDefault(p => p.Nummer == n) is { } perceel => $"Perceel {n}: {perceel.Naam}",
        { } n => $"Perceel {n}",
    };

    /// <summary>A text as paragraphs: people write questions with line breaks, and CSP rules out inline styles to keep them.</summary>
    public static IEnumerable<string> Alineas(string tekst) =>
        tekst.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Antwoorden(int aantal) => aantal == 1 ? "1 antwoord" : $"{aantal} antwoorden";
}
