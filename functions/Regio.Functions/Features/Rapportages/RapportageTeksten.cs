using System.Globalization;
using Regio.Domain.Rapportages;
using Regio.Platform.Tijd;

namespace Regio.Functions.Features.Rapportages;

/// <summary>How the pages word a letter's status, moments and download link.</summary>
internal static class RapportageTeksten
{
    public static string Status(Rapportage r) => r.Status == RapportageStatus.Definitief ? "Definitief" : $"Concept (versie {r.Versie})";

    /// <summary>"19 januari 2022 om 14:05", in Dutch time.</summary>
    public static string Moment(DateTimeOffset moment)
    {
        var lokaal = TimeZoneInfo.ConvertTime(moment, NederlandseTijd.Zone);
        return $"{Datumtekst.Lang(DateOnly.FromDateTime(lokaal.DateTime))} om {lokaal.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    public static string Downloadtekst(Rapportage r) => r.Status == RapportageStatus.Definitief
        ? $"Brief over {r.Maand.Naam} downloaden (DOCX)"
        : $"Concept over {r.Maand.Naam} downloaden (DOCX)";
}
