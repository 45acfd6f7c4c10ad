using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Planning;
using Regio.Platform.Tijd;

namespace Regio.Platform.Rapportages;

/// <summary>
/// Consequenties (what is late, moved or contested, seen from the peildatum) and vervolg (what is planned after it).
/// A milestone realised after the peildatum counts as not yet realised: the letter tells the month as it was.
/// </summary>
public static partial class Conceptopsteller
{
    private const int VolgendeMijlpalen = 5;

    private static List<string> Consequenties(Maandbron bron, IReadOnlyList<Traject> trajecten)
    {
        var punten = trajecten.SelectMany(t => Risicos(bron, t).Select(r => $"{t.Naam}: {r}")).ToList();
        return punten.Count > 0
            ? punten
            : ["Er zijn geen vertraagde mijlpalen, lopende bezwaren of rechtszaken die gevolgen hebben voor de planning."];
    }

    private static IEnumerable<string> Risicos(Maandbron bron, Traject traject)
    {
        var peildatum = bron.Peildatum;
        foreach (var m in traject.Mijlpalen)
        {
            switch (StandOp(m, peildatum))
            {
                case MijlpaalStand.Verlopen v:
                    yield return $"de mijlpaal ‘{m.Omschrijving}’ stond gepland op {Dag(m.GeplandeDatum)} en is nog niet als gerealiseerd vastgelegd "
                        + $"({Aantal(v.DagenTeLaat, "dag", "dagen")} over de datum).";
                    break;
                case MijlpaalStand.Gepland when m.GeplandeDatum > m.OorspronkelijkeDatum && m.Verschuivingen[^1] is var laatste && NederlandseTijd.Datum(laatste.Wanneer) <= peildatum:
                    yield return $"de mijlpaal ‘{m.Omschrijving}’ is verschoven van {Dag(m.OorspronkelijkeDatum)} naar {Dag(m.GeplandeDatum)}, "
                        + $"{Aantal(m.GeplandeDatum.DayNumber - m.OorspronkelijkeDatum.DayNumber, "dag", "dagen")} later dan eerst gepland. Reden: {Zin(laatste.Reden)}";
                    break;
                case MijlpaalStand.Gerealiseerd { AfwijkingInDagen: > 0 } g when bron.Maand.Bevat(m.Realisatie!.Datum):
                    yield return $"‘{m.Omschrijving}’ vond plaats op {Dag(m.Realisatie.Datum)}, {Aantal(g.AfwijkingInDagen, "dag", "dagen")} later dan oorspronkelijk gepland ({Dag(m.OorspronkelijkeDatum)}).";
                    break;
            }
        }
        foreach (var perceel in traject.Percelen)
        {
            var p = PerceelNaam(traject, perceel);
            var d = perceel.Dossier;
            foreach (var b in d.Bezwaren.Where(b => b.Ingediend <= peildatum && !(b.Uitspraak <= peildatum)))
            {
                yield return b.Soort switch
                {
                    BezwaarSoort.KortGeding => $"tegen de gunningsbeslissing voor {p} loopt sinds {Dag(b.Ingediend)} een kort geding. Zolang de rechter geen uitspraak heeft gedaan, wordt de overeenkomst niet getekend.",
                    BezwaarSoort.AanvullendeMotivering => $"een inschrijver vroeg op {Dag(b.Ingediend)} om een aanvullende motivering van de gunningsbeslissing voor {p}; die is nog niet gegeven.",
                    _ => $"tegen de gunningsbeslissing voor {p} loopt sinds {Dag(b.Ingediend)} een bezwaar. Zolang daarop niet is beslist, wordt de overeenkomst niet getekend.",
                };
            }
            if (d.Gunningsbeslissing is { } g && g.Datum <= peildatum && !Standstill.IsVoorbij(g.Datum, peildatum) && !(d.OvereenkomstGetekend <= peildatum))
            {
                yield return $"de opschortende termijn na de gunningsbeslissing voor {p} loopt tot en met {Dag(Standstill.EindigtOp(g.Datum))}; tot dan wordt de overeenkomst niet getekend.";
            }
        }
    }

    private static string Vervolg(Maandbron bron, Traject traject)
    {
        var peildatum = bron.Peildatum;
        var komend = traject.Mijlpalen
            .Where(m => StandOp(m, peildatum) is MijlpaalStand.Gepland)
            .Select(m => (Datum: m.GeplandeDatum, Wat: m.Omschrijving))
            .Concat(traject.Percelen
                .Where(p => p.Dossier.InschrijvingstermijnSluit > peildatum)
                .Select(p => (Datum: p.Dossier.InschrijvingstermijnSluit!.Value, Wat: $"Sluiting van de inschrijvingstermijn voor {PerceelNaam(traject, p)}")))
            .OrderBy(k => k.Datum)
            .ToList();
        if (komend.Count == 0)
        {
            return $"{traject.Naam}\nEr zijn na {Dag(peildatum)} geen volgende mijlpalen gepland.";
        }
        var regels = komend.Take(VolgendeMijlpalen).Select(k => $"- {Dag(k.Datum)}: {k.Wat}").ToList();
        if (komend.Count > VolgendeMijlpalen)
        {
            regels.Add($"- en daarna nog {Aantal(komend.Count - VolgendeMijlpalen, "mijlpaal", "mijlpalen")}.");
        }
        return $"{traject.Naam}\n{string.Join("\n", regels)}";
    }

    /// <summary>The milestone's stand on the peildatum, as if a realisation dated after it had not been recorded yet.</summary>
    private static MijlpaalStand StandOp(GeplandeMijlpaal mijlpaal, DateOnly peildatum) =>
        (mijlpaal.Realisatie is { } r && r.Datum > peildatum ? mijlpaal with { Realisatie = null } : mijlpaal).Stand(peildatum);
}
