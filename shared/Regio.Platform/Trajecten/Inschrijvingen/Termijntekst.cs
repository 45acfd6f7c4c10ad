using System.Globalization;
using Regio.Platform.Tijd;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>Deadlines and receipt times as a Dutch reader expects them: in Dutch time, the remaining time in words.</summary>
public static class Termijntekst
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>"1 december 2026 om 12:00" (seconds only where they are not zero).</summary>
    public static string Moment(DateTimeOffset tijdstip)
    {
        var lokaal = TimeZoneInfo.ConvertTime(tijdstip, NederlandseTijd.Zone);
        var tijd = lokaal.Second == 0 && lokaal.Millisecond == 0 ? lokaal.ToString("HH:mm", Nl) : lokaal.ToString("HH:mm:ss", Nl);
        return $"{lokaal.ToString("d MMMM yyyy", Nl)} om {tijd}";
    }

    /// <summary>The exact time of a receipt, to the millisecond, with the offset: "1 december 2026 om 11:59:59,999 (UTC+01:00)".</summary>
    public static string Exact(DateTimeOffset tijdstip)
    {
        var lokaal = TimeZoneInfo.ConvertTime(tijdstip, NederlandseTijd.Zone);
        return $"{lokaal.ToString("d MMMM yyyy", Nl)} om {lokaal.ToString("HH:mm:ss,fff", Nl)} (UTC{lokaal.ToString("zzz", Nl)})";
    }

    /// <summary>"Nog 3 dagen, 4 uur en 12 minuten; de termijn sluit op 1 december 2026 om 12:00", or that it has closed.</summary>
    public static string Resterend(DateTimeOffset sluiting, DateTimeOffset nu)
    {
        if (nu >= sluiting)
            return $"De termijn is gesloten sinds {Moment(sluiting)}.";
        var over = sluiting - nu;
        var delen = new List<string>();
        if (over.Days > 0)
            delen.Add(over.Days == 1 ? "1 dag" : $"{over.Days} dagen");
        if (over.Hours > 0)
            delen.Add($"{over.Hours} uur");
        if (over.Minutes > 0)
            delen.Add(over.Minutes == 1 ? "1 minuut" : $"{over.Minutes} minuten");
        var duur = delen.Count switch
        {
            0 => "minder dan een minuut",
            1 => delen[0],
            _ => string.Join(", ", delen[..^1]) + " en " + delen[^1],
        };
        return $"Nog {duur}; de termijn sluit op {Moment(sluiting)}.";
    }

    public static string Grootte(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Format(Nl, "{0:0.0} MB ({1:N0} bytes)", bytes / (1024d * 1024d), bytes),
        >= 1024 => string.Format(Nl, "{0:0.0} kB ({1:N0} bytes)", bytes / 1024d, bytes),
        _ => string.Format(Nl, "{0:N0} bytes", bytes),
    };
}
