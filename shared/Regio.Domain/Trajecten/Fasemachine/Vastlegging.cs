namespace Regio.Domain.Trajecten.Fasemachine;

/// <summary>The outcome of recording a fact: the new dossier, or the rule that refused.</summary>
public abstract record Vastleggingsuitkomst
{
    private Vastleggingsuitkomst() { }

    public sealed record Vastgelegd(Dossier Dossier) : Vastleggingsuitkomst;

    public sealed record Geweigerd(DossierWeigering Weigering) : Vastleggingsuitkomst;
}

/// <summary>
/// Records facts in a dossier. A recorded fact is evidence for a gate, so it is never silently replaced: recording the
/// same kind twice is refused, except for the inschrijvingstermijn, which may move until it has passed.
/// </summary>
public static class Vastlegging
{
    private const int MaxTekst = 4000;

    public static Vastleggingsuitkomst LegVast(this Dossier dossier, Feit feit, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(feit);
        if (feit is not Feit.Inschrijvingstermijn && feit.Datum > vandaag)
        {
            return Weiger(new DossierWeigering.DatumInDeToekomst(feit.Datum, vandaag));
        }
        if (Tekst(feit) is { } tekst && (string.IsNullOrWhiteSpace(tekst) || tekst.Length > MaxTekst))
        {
            return Weiger(new DossierWeigering.GeenToelichting(MaxTekst));
        }
        return feit switch
        {
            Feit.AankondigingGepubliceerd f => Eenmalig(dossier.AankondigingGepubliceerd, "de aankondiging", dossier with { AankondigingGepubliceerd = f.Datum }),
            Feit.HoofdkenmerkenVastgelegd f => Eenmalig(dossier.HoofdkenmerkenVastgelegd, "de hoofdkenmerken", dossier with { HoofdkenmerkenVastgelegd = f.Datum }),
            Feit.UitnodigingVerzonden f => Eenmalig(dossier.UitnodigingVerzonden, "de uitnodiging tot inschrijving", dossier with { UitnodigingVerzonden = f.Datum }),
            Feit.Inschrijvingstermijn f => Termijn(dossier, f.Datum, vandaag),
            Feit.OpeningGeregistreerd f => Opening(dossier, f.Datum),
            Feit.DialoogGestart f => Eenmalig(dossier.Dialoog?.Sinds, "de start van de dialoog",
                dossier with { Dialoog = new Dialoogdeelname(f.Datum, f.Deelnemers.Count, [.. f.Deelnemers.Select(d => d.Trim())]) }),
            Feit.ProcesVerbaalOpgemaakt f => dossier.ProcessenVerbaal.FirstOrDefault(pv => pv.Fase == f.Fase) is { } pv
                ? Weiger(new DossierWeigering.AlVastgelegd($"het proces-verbaal van de fase {f.Fase.Naam()}", pv.Datum))
                : Klaar(dossier with { ProcessenVerbaal = [.. dossier.ProcessenVerbaal, new ProcesVerbaal(f.Fase, f.Datum)] }),
            Feit.GunningsbeslissingVerzonden f => Eenmalig(dossier.Gunningsbeslissing?.Datum, "de gunningsbeslissing",
                dossier with { Gunningsbeslissing = new Gunningsbeslissing(f.Datum, f.Motivering.Trim()) }),
            Feit.BezwaarIngediend f => Klaar(dossier with { Bezwaren = [.. dossier.Bezwaren, new Bezwaar(f.Datum, null, f.Soort, f.Omschrijving.Trim())] }),
            Feit.UitspraakBezwaar f => Uitspraak(dossier, f),
            Feit.OvereenkomstGetekend f => Eenmalig(dossier.OvereenkomstGetekend, "de ondertekening van de overeenkomst", dossier with { OvereenkomstGetekend = f.Datum }),
            Feit.GunningGepubliceerd f => Eenmalig(dossier.GunningGepubliceerd, "de publicatie van de gunning", dossier with { GunningGepubliceerd = f.Datum }),
            Feit.Ingetrokken f => Eenmalig(dossier.Intrekking?.Datum, "de intrekking", dossier with { Intrekking = new Intrekking(f.Datum, f.Motivering.Trim()) }),
            _ => throw new ArgumentOutOfRangeException(nameof(feit)),
        };
    }

    private static string? Tekst(Feit feit) => feit switch
    {
        Feit.GunningsbeslissingVerzonden f => f.Motivering,
        Feit.BezwaarIngediend f => f.Omschrijving,
        Feit.UitspraakBezwaar f => f.Uitkomst,
        Feit.Ingetrokken f => f.Motivering,
        _ => null,
    };

    private static Vastleggingsuitkomst Eenmalig(DateOnly? bestaand, string wat, Dossier nieuw) =>
        bestaand is { } datum ? Weiger(new DossierWeigering.AlVastgelegd(wat, datum)) : Klaar(nieuw);

    private static Vastleggingsuitkomst Termijn(Dossier dossier, DateOnly sluit, DateOnly vandaag)
    {
        if (dossier.InschrijvingstermijnSluit is { } huidig && huidig < vandaag)
        {
            return Weiger(new DossierWeigering.TermijnVerstreken(huidig));
        }
        return sluit < vandaag ? Weiger(new DossierWeigering.TermijnInHetVerleden(sluit)) : Klaar(dossier with { InschrijvingstermijnSluit = sluit });
    }

    private static Vastleggingsuitkomst Opening(Dossier dossier, DateOnly datum)
    {
        if (dossier.InschrijvingstermijnSluit is not { } sluit || datum <= sluit)
        {
            return Weiger(new DossierWeigering.OpeningVoorSluiting(dossier.InschrijvingstermijnSluit));
        }
        return Eenmalig(dossier.OpeningGeregistreerd, "de opening van de inschrijvingen", dossier with { OpeningGeregistreerd = datum });
    }

    /// <summary>
    /// The platform's own four-eyes opening, recorded in the dossier: <paramref name="sluiting"/> is the day the moment
    /// closed, which becomes the inschrijvingstermijn when none was recorded, and <paramref name="geopend"/> the day two
    /// people opened it. Unlike an opening a person records, it may fall on the closing day itself: the moment closed to
    /// the millisecond and the platform saw the opening come after it, where the dossier alone only knows whole days.
    /// </summary>
    public static Vastleggingsuitkomst LegOpeningOpHetPlatformVast(this Dossier dossier, DateOnly sluiting, DateOnly geopend)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var termijn = dossier.InschrijvingstermijnSluit ?? sluiting;
        if (geopend < sluiting || geopend < termijn)
        {
            return Weiger(new DossierWeigering.OpeningVoorSluiting(termijn));
        }
        return Eenmalig(dossier.OpeningGeregistreerd, "de opening van de inschrijvingen",
            dossier with { InschrijvingstermijnSluit = termijn, OpeningGeregistreerd = geopend });
    }

    private static Vastleggingsuitkomst Uitspraak(Dossier dossier, Feit.UitspraakBezwaar f)
    {
        if (f.Bezwaar < 1 || f.Bezwaar > dossier.Bezwaren.Count)
        {
            return Weiger(new DossierWeigering.OnbekendBezwaar(f.Bezwaar, dossier.Bezwaren.Count));
        }
        var bezwaar = dossier.Bezwaren[f.Bezwaar - 1];
        if (bezwaar.Uitspraak is { } eerder)
        {
            return Weiger(new DossierWeigering.AlVastgelegd($"de uitspraak op bezwaar {f.Bezwaar}", eerder));
        }
        if (f.Datum < bezwaar.Ingediend)
        {
            return Weiger(new DossierWeigering.UitspraakVoorIndiening(bezwaar.Ingediend));
        }
        var afgehandeld = bezwaar with { Uitspraak = f.Datum, Uitkomst = f.Uitkomst.Trim() };
        return Klaar(dossier with { Bezwaren = [.. dossier.Bezwaren.Select((b, i) => i == f.Bezwaar - 1 ? afgehandeld : b)] });
    }

    private static Vastleggingsuitkomst.Vastgelegd Klaar(Dossier dossier) => new(dossier);

    private static Vastleggingsuitkomst.Geweigerd Weiger(DossierWeigering weigering) => new(weigering);
}
