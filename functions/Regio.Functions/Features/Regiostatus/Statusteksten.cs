using System.Globalization;
using Regio.Domain.Budgetten;
using Regio.Domain.Regiostatus;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Inschrijvingen;

namespace Regio.Functions.Features.Regiostatus;

/// <summary>How the status page words milestones, objections, counts and contract moments, as a council letter would.</summary>
internal static class Statusteksten
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static string Datum(DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);

    public static string Dagen(int dagen) => dagen == 1 ? "1 dag" : $"{dagen} dagen";

    public static string Mijlpaal(Mijlpaalstatus m) =>
        $"{m.Omschrijving}, gepland op {Datum(m.GeplandeDatum)}{(m.IsVerschoven ? $" (eerst {Datum(m.OorspronkelijkeDatum)})" : "")}";

    /// <summary>"12 dagen te laat", "op schema", or planned against actual for a milestone that happened.</summary>
    public static string Stand(Mijlpaalstatus m) => m switch
    {
        { WerkelijkeDatum: { } gebeurd, DagenTeLaat: > 0 } => $"gerealiseerd op {Datum(gebeurd)}, {Dagen(m.DagenTeLaat)} later dan eerst gepland",
        { WerkelijkeDatum: { } gebeurd } => $"gerealiseerd op {Datum(gebeurd)}, op tijd",
        { DagenTeLaat: > 0 } => $"{Dagen(m.DagenTeLaat)} te laat",
        _ => "op schema",
    };

    public static string Bezwaar(Bezwaarstatus b) =>
        $"{Soort(b.Soort)} van {Datum(b.Ingediend)}: "
        + (b.Open ? "loopt nog" : b.Uitspraak is { } uitspraak ? $"uitspraak op {Datum(uitspraak)}{(b.Uitkomst is { } uitkomst ? $", {uitkomst}" : "")}" : "nog niet aan de orde");

    public static string Soort(BezwaarSoort soort) => soort switch
    {
        BezwaarSoort.AanvullendeMotivering => "Verzoek om aanvullende motivering",
        BezwaarSoort.KortGeding => "Kort geding",
        _ => "Bezwaar",
    };

    public static string Telling(Inschrijvingstelling t) => $"{Indienmoment.Omschrijving(t.Soort)}: {t.Aantal}";

    public static string Contractmoment(Contractmoment c) => c.Soort == Contractmomentsoort.Start
        ? $"Start contract op {Datum(c.Datum)}{(c.OorspronkelijkeDatum is { } eerst ? $" (verschoven van {Datum(eerst)})" : "")}"
        : $"{c.Omschrijving} op {Datum(c.Datum)}";

    public static string Euro(long? bedrag) => bedrag is { } b ? $"€ {Bedrag.AlsEuro(b)}" : "–";

    public static string Aantal(int trajecten, bool gefilterd) => (trajecten, gefilterd) switch
    {
        (0, true) => "Geen trajecten passen bij de filters.",
        (0, false) => "Er zijn nog geen trajecten om te tonen.",
        (1, true) => "1 traject past bij de filters.",
        (1, false) => "1 traject.",
        (_, true) => $"{trajecten} trajecten passen bij de filters.",
        _ => $"{trajecten} trajecten.",
    };
}
