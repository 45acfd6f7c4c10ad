using System.Globalization;

namespace Regio.Platform.Tijd;

/// <summary>Dates in procurement are Dutch calendar dates: "today" is today in Amsterdam, whatever the server's zone.</summary>
public static class NederlandseTijd
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Vandaag(this TimeProvider time) => Datum(time.GetUtcNow());

    /// <summary>The Dutch calendar day of a moment: something recorded at 00:30 on 1 February belongs to February.</summary>
    public static DateOnly Datum(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);

    /// <summary>A moment as a person in the Netherlands reads it: "7 december 2026 om 03:00".</summary>
    public static string Tijdstip(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Zone).ToString("d MMMM yyyy 'om' HH:mm", CultureInfo.GetCultureInfo("nl-NL"));
}
