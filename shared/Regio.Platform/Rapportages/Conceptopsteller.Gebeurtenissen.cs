using Regio.Domain.Budgetten;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Platform.Audit;
using Regio.Platform.Tijd;

namespace Regio.Platform.Rapportages;

/// <summary>The kernboodschap: per traject what happened in the month, by date, and where each perceel stands.</summary>
public static partial class Conceptopsteller
{
    /// <summary>
    /// Audit actions that say something the traject's own data does not, counted and never quoted: an action's text or
    /// its before/after may hold a question, a name or a document, and only a count of them belongs in a letter. Phase
    /// changes, dossier facts and milestones are read from the traject itself, dated when they happened, not when typed.
    /// </summary>
    private static readonly (string Begin, string Enkel, string Meervoud)[] Activiteiten =
    [
        ("Document gepubliceerd", "aanbestedingsstuk gepubliceerd", "aanbestedingsstukken gepubliceerd"),
        ("Nieuwe versie van document gepubliceerd", "nieuwe versie van een aanbestedingsstuk gepubliceerd", "nieuwe versies van aanbestedingsstukken gepubliceerd"),
        ("Vraag gesteld", "vraag van een aanbieder ontvangen", "vragen van aanbieders ontvangen"),
        ("Vraag beantwoord", "vraag beantwoord", "vragen beantwoord"),
        ("Nota van Inlichtingen ", "Nota van Inlichtingen gepubliceerd", "Nota's van Inlichtingen gepubliceerd"),
        ("Dialoogsessie gepland", "dialoogsessie gepland", "dialoogsessies gepland"),
        ("Verslag van dialoogsessie vastgelegd", "verslag van een dialoogsessie vastgelegd", "verslagen van dialoogsessies vastgelegd"),
        ("Toelating aangevraagd", "aanvraag tot toelating ontvangen", "aanvragen tot toelating ontvangen"),
        ("Perceel toegevoegd", "perceel toegevoegd", "percelen toegevoegd"),
    ];

    private static string Gebeurtenissen(Maandbron bron, Traject traject)
    {
        var maand = bron.Maand;
        var zinnen = new List<(DateOnly Datum, string Zin)>();
        foreach (var perceel in traject.Percelen)
        {
            zinnen.AddRange(Overgangen(traject, perceel, maand));
            zinnen.AddRange(Dossierfeiten(traject, perceel, bron));
        }
        foreach (var m in traject.Mijlpalen)
        {
            if (m.Realisatie is { } r && maand.Bevat(r.Datum))
            {
                var afwijking = r.Datum.DayNumber - m.OorspronkelijkeDatum.DayNumber;
                zinnen.Add((r.Datum, $"Op {Dag(r.Datum)} is gerealiseerd: {Zin(m.Omschrijving)}" + afwijking switch
                {
                    > 0 => $" Dat is {Aantal(afwijking, "dag", "dagen")} later dan oorspronkelijk gepland ({Dag(m.OorspronkelijkeDatum)}).",
                    < 0 => $" Dat is {Aantal(-afwijking, "dag", "dagen")} eerder dan oorspronkelijk gepland ({Dag(m.OorspronkelijkeDatum)}).",
                    _ => "",
                }));
            }
            foreach (var v in m.Verschuivingen.Where(v => maand.Bevat(NederlandseTijd.Datum(v.Wanneer))))
            {
                zinnen.Add((NederlandseTijd.Datum(v.Wanneer), $"De mijlpaal ‘{m.Omschrijving}’ is verschoven van {Dag(v.Van)} naar {Dag(v.Naar)}. Reden: {Zin(v.Reden)}"));
            }
        }
        var regels = new List<string> { Kop(traject) };
        regels.Add(zinnen.Count == 0
            ? $"In {maand.Naam} is voor dit traject geen mijlpaal, fase of dossierfeit vastgelegd."
            : string.Join(" ", zinnen.OrderBy(z => z.Datum).Select(z => z.Zin)));
        if (Activiteit(bron.GebeurtenissenVan(traject)) is { } activiteit)
        {
            regels.Add($"Activiteit op het platform in {maand.Naam}: {activiteit}.");
        }
        regels.Add($"Stand op {Dag(bron.Peildatum)}: {Opsomming(traject.Percelen.Select(p => Stand(traject, p, bron.Peildatum)).ToList())}.");
        return string.Join("\n", regels);
    }

    private static string Kop(Traject traject) => traject.Domein switch
    {
        Domein.Jeugd => $"{traject.Naam} (jeugdhulp)",
        Domein.Wmo => $"{traject.Naam} (Wmo)",
        Domein.SocialeBasis => $"{traject.Naam} (sociale basis)",
        _ => traject.Naam,
    };

    private static IEnumerable<(DateOnly, string)> Overgangen(Traject traject, Perceel perceel, Domain.Rapportages.Maand maand)
    {
        foreach (var o in perceel.Overgangen.Where(o => maand.Bevat(o.Datum)).OrderBy(o => o.Datum))
        {
            // The dialogue's start and its participants are one event; the count says enough, the names stay out.
            var deelnemers = o.Fase == Fase.Dialoog && perceel.Dossier.Dialoog is { } d && d.Sinds == o.Datum && d.Aantal > 0
                ? $", met {Aantal(d.Aantal, "geselecteerde deelnemer", "geselecteerde deelnemers")}"
                : "";
            yield return (o.Datum, $"Op {Dag(o.Datum)} ging {PerceelNaam(traject, perceel)} naar de fase {o.Fase.Naam().ToLowerInvariant()}{deelnemers}.");
        }
    }

    private static string Stand(Traject traject, Perceel perceel, DateOnly peildatum) =>
        perceel.StandOp(peildatum) is { } stand
            ? $"{PerceelNaam(traject, perceel)} is sinds {Dag(stand.Datum)} in de fase {stand.Fase.Naam().ToLowerInvariant()}"
            : $"{PerceelNaam(traject, perceel)} is in voorbereiding";

    private static string? Activiteit(IReadOnlyList<AuditEvent> gebeurtenissen)
    {
        var delen = Activiteiten
            .Select(a => (a, n: gebeurtenissen.Count(e => e.Actie.StartsWith(a.Begin, StringComparison.Ordinal))))
            .Where(x => x.n > 0)
            .Select(x => Aantal(x.n, x.a.Enkel, x.a.Meervoud))
            .ToList();
        return delen.Count == 0 ? null : Opsomming(delen);
    }
}
