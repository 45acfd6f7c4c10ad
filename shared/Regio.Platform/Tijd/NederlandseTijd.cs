namespace Regio.Platform.Tijd;

/// <summary>Dates in procurement are Dutch calendar dates: "today" is today in Amsterdam, whatever the server's zone.</summary>
public static class NederlandseTijd
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Vandaag(this TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);
}
