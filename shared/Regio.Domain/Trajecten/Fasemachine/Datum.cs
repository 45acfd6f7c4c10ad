namespace Regio.Domain.Trajecten.Fasemachine;

/// <summary>Dates as a Dutch reader writes them, without depending on the host's culture data.</summary>
internal static class Datum
{
    private static readonly string[] Maanden =
    [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ];

    public static string Tekst(DateOnly datum) => $"{datum.Day} {Maanden[datum.Month - 1]} {datum.Year}";

    /// <summary>A fact counts once its date has come: a planned date is not a recorded fact.</summary>
    public static bool Gebeurd(DateOnly? datum, DateOnly vandaag) => datum is { } d && d <= vandaag;
}
