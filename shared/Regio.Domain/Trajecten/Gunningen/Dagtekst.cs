namespace Regio.Domain.Trajecten.Gunningen;

/// <summary>Dates as a Dutch letter writes them, with the weekday ("dinsdag 28 april 2026"), independent of culture data.</summary>
public static class Dagtekst
{
    private static readonly string[] Dagen = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    public static string Kort(DateOnly datum) => Fasemachine.Datum.Tekst(datum);

    public static string Lang(DateOnly datum) => $"{Dagen[(int)datum.DayOfWeek]} {Kort(datum)}";
}
