using System.Globalization;
using Regio.Platform.Tijd;
using Regio.Platform.Trajecten.Beoordelingen;

namespace Regio.Functions.Features.Trajecten.Beoordelingen;

/// <summary>How the beoordeling page words progress and moments.</summary>
internal static class BeoordelingTeksten
{
    public static string Voortgang(Beoordelingsbeeld b) => b.Voortgang switch
    {
        { Actief: 0 } => "Er is nog geen beoordelingscommissie.",
        { IedereenHeeftGescoord: true } => $"Iedereen heeft gescoord ({b.Voortgang.Klaar} van {b.Voortgang.Actief} beoordelaars klaar). De scores zijn zichtbaar voor de commissie.",
        { AllesGetoetst: false } when b.IsGeopend => $"{b.Voortgang.Klaar} van {b.Voortgang.Actief} beoordelaars klaar. Nog niet elke inschrijving is getoetst op geldigheid.",
        _ => $"{b.Voortgang.Klaar} van {b.Voortgang.Actief} beoordelaars klaar.",
    };

    public static string Tijd(DateTimeOffset tijdstip) =>
        TimeZoneInfo.ConvertTime(tijdstip, NederlandseTijd.Zone).ToString("d MMMM yyyy 'om' HH:mm", CultureInfo.GetCultureInfo("nl-NL"));
}
