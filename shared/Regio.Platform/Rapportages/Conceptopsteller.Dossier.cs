using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Platform.Rapportages;

/// <summary>
/// The dossier facts of a perceel dated in the month. Only the date and the kind of each fact are used: a motivation, an
/// objection's wording, who objected and whom the dialogue is with stay in the dossier. A court's ruling is the one
/// text quoted, because a council needs to know how a kort geding ended.
/// </summary>
public static partial class Conceptopsteller
{
    private static IEnumerable<(DateOnly, string)> Dossierfeiten(Traject traject, Perceel perceel, Maandbron bron)
    {
        var d = perceel.Dossier;
        var p = PerceelNaam(traject, perceel);
        var feiten = new List<(DateOnly? Datum, string Zin)>
        {
            (d.AankondigingGepubliceerd, $"is de aankondiging van {p} gepubliceerd."),
            (d.HoofdkenmerkenVastgelegd, $"zijn de hoofdkenmerken van de opdracht voor {p} vastgelegd."),
            (d.UitnodigingVerzonden, $"is de uitnodiging tot inschrijving voor {p} verzonden."),
            (d.InschrijvingstermijnSluit <= bron.Peildatum ? d.InschrijvingstermijnSluit : null, $"sloot de inschrijvingstermijn voor {p}."),
            (d.OpeningGeregistreerd, $"zijn de inschrijvingen voor {p} geopend. Hun inhoud blijft vertrouwelijk tot de gunning."),
            (d.Gunningsbeslissing?.Datum, $"is de gunningsbeslissing voor {p} aan alle inschrijvers verzonden. Daarmee begon de opschortende termijn van ten minste {Standstill.Kalenderdagen} dagen."),
            (d.OvereenkomstGetekend, $"{(traject.Percelen.Count == 1 ? "is de overeenkomst" : "zijn de overeenkomsten")} voor {p} getekend."),
            (d.GunningGepubliceerd, $"is de gunning van {p} gepubliceerd."),
            (d.Intrekking?.Datum, $"is {p} ingetrokken."),
        };
        // A dialogue start that is also a phase change is told there, with its count of participants.
        if (d.Dialoog is { } dialoog && !perceel.Overgangen.Any(o => o.Fase == Fase.Dialoog && o.Datum == dialoog.Sinds))
        {
            feiten.Add((dialoog.Sinds, $"is de dialoog voor {p} gestart met {Aantal(dialoog.Aantal, "deelnemer", "deelnemers")}."));
        }
        feiten.AddRange(d.ProcessenVerbaal.Select(pv => ((DateOnly?)pv.Datum, $"is het proces-verbaal van de fase {pv.Fase.Naam().ToLowerInvariant()} voor {p} opgemaakt.")));
        foreach (var b in d.Bezwaren)
        {
            feiten.Add((b.Ingediend, b.Soort switch
            {
                BezwaarSoort.AanvullendeMotivering => $"vroeg een inschrijver om een aanvullende motivering van de gunningsbeslissing voor {p}.",
                BezwaarSoort.KortGeding => $"is een kort geding aanhangig gemaakt tegen de gunningsbeslissing voor {p}.",
                _ => $"is bezwaar gemaakt tegen de gunningsbeslissing voor {p}.",
            }));
            var uitkomst = string.IsNullOrWhiteSpace(b.Uitkomst) ? "." : $": {Zin(b.Uitkomst)}";
            feiten.Add((b.Uitspraak, b.Soort switch
            {
                BezwaarSoort.AanvullendeMotivering => $"is de aanvullende motivering over {p} gegeven.",
                BezwaarSoort.KortGeding => $"deed de rechter uitspraak in het kort geding over {p}{uitkomst}",
                _ => $"is op het bezwaar over {p} beslist{uitkomst}",
            }));
        }
        foreach (var f in feiten)
        {
            if (f.Datum is { } datum && bron.Maand.Bevat(datum))
            {
                yield return (datum, $"Op {Dag(datum)} {f.Zin}");
            }
        }
        var toegelaten = d.Toelatingen.Where(t => bron.Maand.Bevat(t.Toegelaten)).ToList();
        if (toegelaten.Count > 0)
        {
            yield return (toegelaten.Max(t => t.Toegelaten),
                $"In {bron.Maand.Naam} {(toegelaten.Count == 1 ? "is" : "zijn")} {Aantal(toegelaten.Count, "aanbieder", "aanbieders")} toegelaten tot {p}.");
        }
    }
}
