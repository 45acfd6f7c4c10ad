using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Trajecten.Gunningen;

/// <summary>What the inkoper records about a bezwaar; every field may be left out, and what was recorded stays.</summary>
public sealed record Bezwaarwijziging(
    DateOnly? AntwoordDatum = null, string? Antwoord = null, DateOnly? Dagvaarding = null, DateOnly? Zitting = null,
    DateOnly? UitspraakDatum = null, string? Uitkomst = null);

/// <summary>
/// Objections during the standstill, kept in the perceel's dossier so the gate <see cref="Poorten.BezwaarLoopt"/> reads
/// them. An inschrijver that received a letter asks for an aanvullende motivering or announces a kort geding until the
/// standstill ends; the inkoper records the answer, the court's dates and the ruling. A request for an aanvullende
/// motivering ends with its answer; a bezwaar or kort geding with the ruling.
/// </summary>
public static class Bezwaarregels
{
    public const int MaximumTekst = 4000;

    public static GunningUitkomst<Dossier> DienIn(
        Dossier dossier, Gunningsbesluit? besluit, string inschrijver, string naam, BezwaarSoort soort, string? toelichting, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (besluit?.Verzonden is not { } verzonden)
            return new GunningWeigering.NogNietVerzonden();
        if (besluit.Definitief is { } definitief)
            return new GunningWeigering.AlDefinitief(definitief.Datum);
        if (vandaag > verzonden.StandstillEindigtOp)
            return new GunningWeigering.StandstillVerstreken(verzonden.StandstillEindigtOp);
        if (string.IsNullOrWhiteSpace(toelichting) || toelichting.Length > MaximumTekst)
            return new GunningWeigering.GeenToelichting("toelichting", MaximumTekst);
        if (dossier.Bezwaren.Any(b => b.Indiener == inschrijver && b.Soort == soort && b.Uitspraak is null))
            return new GunningWeigering.AlIngediend(soort);
        var bezwaar = new Bezwaar(vandaag, null, soort, Bezwaartekst.Naam(soort), null, inschrijver, naam, toelichting.Trim());
        return dossier with { Bezwaren = [.. dossier.Bezwaren, bezwaar] };
    }

    /// <param name="nummer">1 for the first bezwaar recorded on the perceel.</param>
    public static GunningUitkomst<Dossier> Werk(Dossier dossier, int nummer, Bezwaarwijziging w, string doorNaam, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(w);
        if (nummer < 1 || nummer > dossier.Bezwaren.Count)
            return new GunningWeigering.OnbekendBezwaar(nummer);
        var b = dossier.Bezwaren[nummer - 1];
        if (w == new Bezwaarwijziging())
            return new GunningWeigering.GeenWijziging();
        if (w.AntwoordDatum is not null || w.Antwoord is not null)
        {
            if (b.Antwoord is { } eerder)
                return new GunningWeigering.AlVastgelegd("het antwoord", eerder.Datum);
            if (Datumfout("antwoordDatum", w.AntwoordDatum, b.Ingediend, vandaag, "het antwoord") is { } fout)
                return fout;
            if (string.IsNullOrWhiteSpace(w.Antwoord) || w.Antwoord.Length > MaximumTekst)
                return new GunningWeigering.GeenToelichting("antwoord", MaximumTekst);
            b = b with { Antwoord = new Bezwaarantwoord(w.AntwoordDatum!.Value, w.Antwoord.Trim(), doorNaam) };
            // A request for an aanvullende motivering is settled by the answer; the gate then no longer waits for it.
            if (b.Soort == BezwaarSoort.AanvullendeMotivering && b.Uitspraak is null)
                b = b with { Uitspraak = w.AntwoordDatum, Uitkomst = "Aanvullende motivering gegeven." };
        }
        if (w.Dagvaarding is { } dagvaarding)
        {
            if (b.Soort != BezwaarSoort.KortGeding)
                return new GunningWeigering.AlleenKortGeding("dagvaarding");
            if (b.Dagvaarding is { } eerder)
                return new GunningWeigering.AlVastgelegd("de dagvaarding", eerder);
            if (Datumfout("dagvaarding", dagvaarding, b.Ingediend, vandaag, "de dagvaarding") is { } fout)
                return fout;
            b = b with { Dagvaarding = dagvaarding };
        }
        if (w.Zitting is { } zitting)
        {
            if (b.Soort != BezwaarSoort.KortGeding)
                return new GunningWeigering.AlleenKortGeding("zitting");
            // A court date is planned ahead and may move, until the ruling.
            if (b.Uitspraak is { } uitspraak)
                return new GunningWeigering.AlVastgelegd("de uitspraak", uitspraak);
            if (zitting < b.Ingediend)
                return new GunningWeigering.DatumOngeldig("zitting", $"De zitting kan niet vóór de aankondiging ({Dagtekst.Kort(b.Ingediend)}) liggen.");
            b = b with { Zitting = zitting };
        }
        if (w.UitspraakDatum is not null || w.Uitkomst is not null)
        {
            if (b.Uitspraak is { } eerder)
                return new GunningWeigering.AlVastgelegd("de uitspraak of afhandeling", eerder);
            if (Datumfout("uitspraakDatum", w.UitspraakDatum, b.Ingediend, vandaag, "de uitspraak") is { } fout)
                return fout;
            if (string.IsNullOrWhiteSpace(w.Uitkomst) || w.Uitkomst.Length > MaximumTekst)
                return new GunningWeigering.GeenToelichting("uitkomst", MaximumTekst);
            b = b with { Uitspraak = w.UitspraakDatum, Uitkomst = w.Uitkomst.Trim() };
        }
        return dossier with { Bezwaren = [.. dossier.Bezwaren.Select((x, i) => i == nummer - 1 ? b : x)] };
    }

    private static GunningWeigering.DatumOngeldig? Datumfout(string veld, DateOnly? datum, DateOnly ingediend, DateOnly vandaag, string wat) => datum switch
    {
        null => new GunningWeigering.DatumOngeldig(veld, $"Geef de datum van {wat} (jjjj-mm-dd)."),
        { } d when d > vandaag => new GunningWeigering.DatumOngeldig(veld, $"{Dagtekst.Kort(d)} ligt na vandaag; leg {wat} vast als het gebeurd is."),
        { } d when d < ingediend => new GunningWeigering.DatumOngeldig(veld, $"De datum van {wat} kan niet vóór de indiening ({Dagtekst.Kort(ingediend)}) liggen."),
        _ => null,
    };
}

public static class Bezwaartekst
{
    public static string Naam(BezwaarSoort soort) => soort switch
    {
        BezwaarSoort.AanvullendeMotivering => "Verzoek om aanvullende motivering",
        BezwaarSoort.KortGeding => "Kort geding",
        _ => "Bezwaar",
    };
}
