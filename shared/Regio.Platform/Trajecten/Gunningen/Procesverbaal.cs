using System.Globalization;
using Regio.Domain.Contracten;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Tijd;
using Regio.Platform.Trajecten.Beoordelingen;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>A moment of submission as the proces-verbaal shows it: the inschrijvingen only once opened, before that a count.</summary>
public sealed record Pvmoment(Indienmoment Moment, int Aantal, IReadOnlyList<Inschrijving> Inschrijvingen);

/// <summary>One line of the course of events: when, who (by name), what.</summary>
public sealed record Pvregel(DateTimeOffset Tijdstip, string Wie, string Wat);

/// <summary>Everything the proces-verbaal of a perceel is drawn up from.</summary>
public sealed record Pvgegevens(
    Traject Traject, Perceel Perceel, string Dienst, DateTimeOffset Opgemaakt, IReadOnlyList<Pvmoment> Momenten, IReadOnlyList<Pvregel> Verloop,
    Beoordelingsuitslag? Uitslag, Gunningsbesluit? Besluit, IReadOnlyList<Briefregistratie> Brieven, IReadOnlyList<Contract> Contracten);

/// <summary>
/// The proces-verbaal of a perceel (SAS obligation d): who did what when, which offers came in (every submission with its
/// receipt and time), the opening by two persons, which offers were valid and why, the commissie, the consensus scores
/// (once the decision is sent), the decision with its letters, the bezwaren and the contracts.
/// </summary>
public static class Procesverbaal
{
    public static IReadOnlyList<Documentblok> Blokken(Pvgegevens g)
    {
        ArgumentNullException.ThrowIfNull(g);
        var blokken = new List<Documentblok>
        {
            new Documentblok.Kop($"Proces-verbaal {g.Traject.Naam}, perceel {g.Perceel.Nummer}: {g.Perceel.Naam}"),
            new Documentblok.Alinea($"Aanbestedende dienst: {g.Dienst}"),
            new Documentblok.Alinea($"Procedure: {g.Traject.Procedure?.Naam() ?? "niet vastgelegd"}. Huidige fase van het perceel: {g.Perceel.FaseOp(NederlandseTijd.Datum(g.Opgemaakt)).Naam()}."),
            new Documentblok.Alinea($"Opgemaakt door het platform Regio op {Tijd(g.Opgemaakt)} uit de vastgelegde gegevens en de auditketen van het traject."),
        };
        foreach (var m in g.Momenten)
            blokken.AddRange(Moment(m));
        blokken.AddRange(Beoordeling(g));
        blokken.AddRange(Gunning(g));
        blokken.Add(new Documentblok.Kop("Verloop", 2));
        blokken.Add(g.Verloop.Count == 0
            ? new Documentblok.Alinea("Er zijn geen gebeurtenissen vastgelegd.")
            : new Documentblok.Tabel(["Tijdstip", "Wie", "Wat"], g.Verloop.OrderBy(r => r.Tijdstip).Select(r => (IReadOnlyList<string>)[Tijd(r.Tijdstip), r.Wie, r.Wat]).ToList()));
        return blokken;
    }

    private static IEnumerable<Documentblok> Moment(Pvmoment m)
    {
        yield return new Documentblok.Kop($"{Indienmoment.Omschrijving(m.Moment.Soort)}: ontvangen", 2);
        yield return new Documentblok.Alinea($"Sluiting van de termijn: {Tijd(m.Moment.Sluiting)}. Gevraagde documenten: {string.Join(", ", m.Moment.Documenten)}.");
        if (m.Moment.Opening is not { BevestigdOp: { } bevestigd } opening)
        {
            yield return new Documentblok.Alinea($"Aantal geldende inschrijvingen: {m.Aantal}. De inschrijvingen zijn nog niet geopend; wie heeft ingeschreven blijft tot de opening verzegeld.");
            yield break;
        }
        yield return new Documentblok.Alinea($"Geopend door twee personen: gestart door {opening.GestartDoorNaam} op {Tijd(opening.GestartOp)}, bevestigd door {opening.BevestigdDoorNaam} op {Tijd(bevestigd)}.");
        yield return new Documentblok.Tabel(["Inschrijver", "Versie", "Ontvangstbewijs", "Tijdstip", "Stand"],
            m.Inschrijvingen.SelectMany(i => i.Versies.Select(v => (IReadOnlyList<string>)[i.Naam, v.Versie.ToString(CultureInfo.InvariantCulture), v.BewijsId, Tijd(v.Tijdstip),
                v.Ingetrokken ? "ingetrokken" : ReferenceEquals(v, i.Geldend) ? $"geldend ({v.Bestanden.Count} bestanden)" : "vervangen"])).ToList());
    }

    private static IEnumerable<Documentblok> Beoordeling(Pvgegevens g)
    {
        if (g.Uitslag is not { } u)
            yield break;
        yield return new Documentblok.Kop("Geldigheid van de inschrijvingen", 2);
        yield return new Documentblok.Tabel(["Inschrijver", "Oordeel", "Reden", "Vastgesteld"],
            u.Namen.Select(n => u.Geldigheden.FirstOrDefault(x => x.Inschrijver == n.Key) is { } v
                ? (IReadOnlyList<string>)[n.Value, v.Geldig ? "geldig" : "ongeldig", v.Reden ?? "", $"{Tijd(v.Vastgesteld)} door {v.VastgesteldDoor}"]
                : [n.Value, "nog niet getoetst", "", ""]).ToList());
        yield return new Documentblok.Kop("Beoordelingscommissie", 2);
        yield return new Documentblok.Tabel(["Lid", "Belangenverstrengeling"], u.Commissie.Select(b => (IReadOnlyList<string>)[b.Naam,
            b.Verstrengeling is { } v ? $"gemeld op {Tijd(v.Gemeld)}: {v.Toelichting}; uitgesloten" : "geen"]).ToList());
        // Scores are part of the record once the decision is out; before that they are the commissie's working papers.
        if (g.Besluit?.IsVerzonden != true)
            yield break;
        yield return new Documentblok.Kop("Rangschikking en consensusscores", 2);
        yield return new Documentblok.Tabel(["Plaats", "Inschrijver", "Totaal"], u.Rangschikking.Plaatsen.Select(p => (IReadOnlyList<string>)[
            $"{p.Rang}{(p.Gedeeld ? " (gedeeld)" : "")}", u.Namen.GetValueOrDefault(p.Inschrijver, p.Inschrijver), Getaltekst.Punten(p.Totaal)]).ToList());
        foreach (var c in u.Consensus)
        {
            yield return new Documentblok.Alinea($"{u.Namen.GetValueOrDefault(c.Inschrijver, c.Inschrijver)}: consensus vastgesteld op {Tijd(c.Vastgesteld)} door {c.VastgesteldDoor}.");
            yield return new Documentblok.Tabel(["Criterium", "Score", "Motivering"], u.Criteria.Punten.Select(p =>
                c.Scores.FirstOrDefault(s => string.Equals(s.Punt, p.Code, StringComparison.OrdinalIgnoreCase)) is { } s
                    ? (IReadOnlyList<string>)[p.Naam, $"{s.Waarde} van {u.Criteria.MaximumScore}", s.Motivering]
                    : [p.Naam, "", ""]).ToList());
        }
    }

    private static IEnumerable<Documentblok> Gunning(Pvgegevens g)
    {
        yield return new Documentblok.Kop("Gunningsbeslissing", 2);
        if (g.Besluit?.Verzonden is not { } v)
        {
            yield return new Documentblok.Alinea("De gunningsbeslissing is nog niet verzonden.");
            yield break;
        }
        yield return new Documentblok.Alinea($"Verzonden op {Tijd(v.Op)} door {v.DoorNaam} aan alle {g.Brieven.Count} inschrijvers. {g.Perceel.Dossier.Gunningsbeslissing?.Motivering}");
        yield return new Documentblok.Alinea($"De opschortende termijn eindigt op {Dagtekst.Lang(v.StandstillEindigtOp)}.");
        yield return new Documentblok.Tabel(["Ontvanger", "Beslissing", "SHA-256 van de brief"],
            g.Brieven.Select(b => (IReadOnlyList<string>)[b.Naam, b.Gegund ? "gegund" : "niet gegund", b.Sha256]).ToList());
        var bezwaren = g.Perceel.Dossier.Bezwaren;
        yield return new Documentblok.Kop("Bezwaren", 2);
        yield return bezwaren.Count == 0
            ? new Documentblok.Alinea("Er zijn geen bezwaren ingediend.")
            : new Documentblok.Tabel(["Nummer", "Soort", "Ingediend", "Door", "Antwoord", "Zitting", "Uitspraak"], bezwaren.Select((b, i) => (IReadOnlyList<string>)[
                (i + 1).ToString(CultureInfo.InvariantCulture), b.Omschrijving ?? b.Soort.ToString(), Dagtekst.Kort(b.Ingediend), b.IndienerNaam ?? "",
                b.Antwoord is { } a ? $"{Dagtekst.Kort(a.Datum)}: {a.Tekst}" : "", b.Zitting is { } z ? Dagtekst.Kort(z) : "",
                b.Uitspraak is { } u ? $"{Dagtekst.Kort(u)}: {b.Uitkomst}" : "loopt"]).ToList());
        if (g.Besluit.Definitief is { } d)
        {
            yield return new Documentblok.Kop("Definitieve gunning en contracten", 2);
            yield return new Documentblok.Alinea($"Definitief gegund op {Tijd(d.Op)} door {d.DoorNaam}.");
            yield return new Documentblok.Tabel(["Opdrachtnemer", "Start", "Looptijd", "Bekostiging"], g.Contracten.Select(k => (IReadOnlyList<string>)[
                k.Opdrachtnemer.Naam, Dagtekst.Kort(k.Startdatum), $"{k.LooptijdJaren} jaar", k.Bekostiging.ToString()]).ToList());
        }
    }

    /// <summary>Dutch local time, to the second: "7 april 2026 14:03:12".</summary>
    public static string Tijd(DateTimeOffset moment)
    {
        var lokaal = TimeZoneInfo.ConvertTime(moment, NederlandseTijd.Zone);
        return $"{Dagtekst.Kort(DateOnly.FromDateTime(lokaal.DateTime))} {lokaal.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}";
    }
}
