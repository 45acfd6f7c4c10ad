using Regio.Domain.Trajecten.Beoordelingen;

namespace Regio.Domain.Trajecten.Gunningen;

/// <summary>
/// Choosing the winners and sending the decision. The ranking proposes; the inkoper decides, and where the choice breaks
/// a tie or passes over a better-ranked inschrijver, the reason is part of the decision (and of every letter).
/// </summary>
public static class Gunningsregels
{
    public const int MaximumTekst = 1500;

    /// <summary>One table transaction (100 actions) holds the gunning row, the traject row and what travels with it, the audit event and one row per letter.</summary>
    public const int MaximumBrieven = 90;

    /// <summary>The default proposal: every inschrijver ranked first. A shared first place is proposed whole, never broken silently.</summary>
    public static IReadOnlyList<string> Voorstel(Rangschikking rangschikking)
    {
        ArgumentNullException.ThrowIfNull(rangschikking);
        return rangschikking.Plaatsen.Where(p => p.Rang == 1).Select(p => p.Inschrijver).ToList();
    }

    /// <summary>
    /// A new or changed concept. Refused once sent; every winner must be a ranked (valid, scored) inschrijver; a choice
    /// that is not the top of the ranking, or that cuts through a tie, needs <paramref name="afwijking"/>.
    /// </summary>
    public static GunningUitkomst<Gunningsbesluit> StelOp(
        Gunningsbesluit? huidig, int perceel, Rangschikking rangschikking, IReadOnlyList<string>? winnaars, string? afwijking, string? toelichting,
        IReadOnlyDictionary<string, string> namen, string door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(rangschikking);
        ArgumentNullException.ThrowIfNull(namen);
        if (huidig?.Verzonden is { } verzonden)
            return new GunningWeigering.AlVerzonden(verzonden.Datum);
        var gekozen = (winnaars ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (gekozen.Count == 0)
            return new GunningWeigering.GeenWinnaar();
        if (gekozen.FirstOrDefault(w => rangschikking.Plaatsen.All(p => p.Inschrijver != w)) is { } onbekend)
            return new GunningWeigering.OnbekendeInschrijver(onbekend);
        if (afwijking?.Length > MaximumTekst)
            return new GunningWeigering.TeLang("afwijking", MaximumTekst);
        if (toelichting?.Length > MaximumTekst)
            return new GunningWeigering.TeLang("toelichting", MaximumTekst);
        var gepasseerd = Gepasseerd(rangschikking, gekozen);
        if (gepasseerd.Count > 0 && string.IsNullOrWhiteSpace(afwijking))
            return new GunningWeigering.AfwijkingZonderReden(gepasseerd.Select(g => namen.TryGetValue(g, out var n) ? n : g).ToList());
        // Winners are kept in ranking order, so every letter lists them the same way.
        var geordend = rangschikking.Plaatsen.Where(p => gekozen.Contains(p.Inschrijver)).Select(p => p.Inschrijver).ToList();
        return new Gunningsbesluit(perceel, geordend, Leeg(toelichting), gepasseerd.Count > 0 ? afwijking!.Trim() : null, door, nu);
    }

    /// <summary>The inschrijvers not chosen whose total is at least that of a chosen one: passed over, or the losing side of a tie.</summary>
    public static IReadOnlyList<string> Gepasseerd(Rangschikking rangschikking, IReadOnlyList<string> winnaars)
    {
        ArgumentNullException.ThrowIfNull(rangschikking);
        var laagste = rangschikking.Plaatsen.Where(p => winnaars.Contains(p.Inschrijver)).Select(p => p.Totaal).DefaultIfEmpty(decimal.MaxValue).Min();
        return rangschikking.Plaatsen.Where(p => !winnaars.Contains(p.Inschrijver) && p.Totaal >= laagste).Select(p => p.Inschrijver).ToList();
    }

    /// <summary>
    /// Whether the concept may be sent now: not sent before, a complete beoordeling (every valid inschrijving scored in
    /// consensus), at least one letter to send and no more than one transaction holds.
    /// </summary>
    public static GunningWeigering? KanVerzenden(Gunningsbesluit? concept, bool beoordelingCompleet, string? onvolledig, int aantalInschrijvers)
    {
        if (concept is null)
            return new GunningWeigering.GeenConcept();
        if (concept.Verzonden is { } verzonden)
            return new GunningWeigering.AlVerzonden(verzonden.Datum);
        if (aantalInschrijvers == 0)
            return new GunningWeigering.GeenInschrijvingen();
        if (!beoordelingCompleet)
            return new GunningWeigering.BeoordelingOnvolledig(onvolledig ?? "nog niet alle geldige inschrijvingen zijn in consensus gescoord.");
        return aantalInschrijvers > MaximumBrieven ? new GunningWeigering.TeVeelInschrijvers(aantalInschrijvers, MaximumBrieven) : null;
    }

    /// <summary>The sending: the Dutch date of the server moment starts the standstill (at least 20 days, Algemene termijnenwet).</summary>
    public static Gunningsbesluit Verzend(Gunningsbesluit concept, string id, DateTimeOffset nu, DateOnly datum, string door, string doorNaam)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return concept with { Verzonden = new Verzending(id, nu, datum, Fasemachine.Standstill.EindigtOp(datum), door, doorNaam) };
    }

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}
