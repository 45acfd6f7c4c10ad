using Regio.Domain.Rapportages;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Rapportages;

/// <summary>
/// Writes the concept of a month's raadsinformatiebrief from the data, in the seed letter's four parts. Pure: the same
/// month and data give the same text. It reads only what the councils may know: dates, phases, milestones, counts. Never
/// a submission's content, a score, a motivation, the name of an inschrijver or an objector, or a gemeente's own budget
/// or lokale keuzes: those are not in its input, and of the dossier it reads only the dates and the kind of each fact.
/// </summary>
public static partial class Conceptopsteller
{
    /// <summary>Room left at the end of a part for the sentence that says what did not fit.</summary>
    private const int Reserve = 400;

    public static Rapportageteksten Draft(Maandbron bron)
    {
        ArgumentNullException.ThrowIfNull(bron);
        var gepubliceerd = bron.Trajecten
            .Where(t => t.IsGepubliceerd(bron.Peildatum))
            .OrderBy(t => t.Naam, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true))
            .ToList();
        var inVoorbereiding = bron.Trajecten.Count - gepubliceerd.Count;
        var kern = gepubliceerd.Count == 0
            ? [$"In {bron.Maand.Naam} liep er geen aangekondigd regionaal traject om over te berichten."]
            : gepubliceerd.Select(t => Gebeurtenissen(bron, t)).ToList();
        return new Rapportageteksten(
            Schoon(Aanleiding(bron, gepubliceerd.Count, inVoorbereiding)),
            Schoon(Begrens(kern, "trajecten")),
            Schoon(Begrens(Consequenties(bron, gepubliceerd), "punten")),
            Schoon(Begrens([.. gepubliceerd.Select(t => Vervolg(bron, t)), $"De volgende raadsinformatiebrief gaat over {bron.Maand.Volgende.Naam}."], "trajecten")));
    }

    private static string Aanleiding(Maandbron bron, int aantal, int inVoorbereiding)
    {
        var gemeenten = Opsomming(bron.Regio.Gemeenten.Select(g => g.Naam).ToList());
        var regels = new List<string>
        {
            $"De gemeenten {gemeenten} kopen jeugdhulp en Wmo-voorzieningen voor een deel samen in, via de regio {bron.Regio.Naam}. "
                + "De regio informeert de gemeenteraden elke maand over de voortgang van deze gezamenlijke verwervingstrajecten.",
            aantal == 0
                ? $"Deze raadsinformatiebrief gaat over {bron.Maand.Naam}. De stand is die van {Datumtekst.Lang(bron.Peildatum)}."
                : $"Deze raadsinformatiebrief beschrijft de voortgang in {bron.Maand.Naam} van {Aantal(aantal, "regionaal traject", "regionale trajecten")}: "
                    + $"wat er gebeurde, wat dat betekent voor de planning en wat er nu volgt. De stand is die van {Datumtekst.Lang(bron.Peildatum)}.",
        };
        if (inVoorbereiding > 0)
        {
            regels.Add($"Daarnaast {(inVoorbereiding == 1 ? "wordt" : "worden")} {Aantal(inVoorbereiding, "regionaal traject", "regionale trajecten")} voorbereid. "
                + "Daarover volgt informatie zodra de aankondiging is gepubliceerd.");
        }
        regels.Add("Trajecten die een gemeente zelf voert, staan niet in deze brief: daarover informeert elke gemeente haar eigen raad.");
        return string.Join("\n\n", regels);
    }

    /// <summary>Whole blocks until the part would be too long for the letter, then one sentence saying how many were left out.</summary>
    private static string Begrens(List<string> blokken, string wat)
    {
        var tekst = "";
        for (var i = 0; i < blokken.Count; i++)
        {
            var volgende = tekst.Length == 0 ? blokken[i] : $"{tekst}\n\n{blokken[i]}";
            if (volgende.Length > Rapportageteksten.MaximumLengte - Reserve)
            {
                return $"{tekst}\n\nDe overige {blokken.Count - i} {wat} passen niet in deze brief; zie de statuspagina van de regio.";
            }
            tekst = volgende;
        }
        return tekst;
    }

    private static string Schoon(string tekst) => Rapportageteksten.Schoon(tekst).Trim();

    /// <summary>"perceel 2 (Enkelvoudige jeugdhulp)", or "het traject" where the traject is its one perceel.</summary>
    private static string PerceelNaam(Traject traject, Perceel perceel) =>
        traject.Percelen.Count == 1 && perceel.Naam == traject.Naam ? "het traject" : $"perceel {perceel.Nummer} ({perceel.Naam})";

    private static string Dag(DateOnly datum) => Datumtekst.Lang(datum);

    private static string Aantal(int n, string enkel, string meervoud) => $"{n} {(n == 1 ? enkel : meervoud)}";

    internal static string Opsomming(IReadOnlyList<string> delen) => delen.Count switch
    {
        0 => "",
        1 => delen[0],
        _ => $"{string.Join(", ", delen.Take(delen.Count - 1))} en {delen[^1]}",
    };

    /// <summary>A sentence from text someone typed (a reason, a ruling) ends with a full stop, whatever they typed.</summary>
    private static string Zin(string tekst)
    {
        var t = tekst.Trim();
        return t.Length == 0 || t[^1] is '.' or '!' or '?' ? t : t + ".";
    }
}
