using System.Globalization;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Gunningen;
using ContractVanRegio = Regio.Domain.Contracten.Contract;

namespace Regio.Domain.OpenData;

/// <summary>
/// The public state of one traject at the end of one day, as an OCDS release without its id and tags. Each part reads only
/// what had happened by that day: phases from their transitions, awards and contracts from the definitive award's date,
/// contract starts from the moves made by then.
/// </summary>
internal static class OcdsStand
{
    public static Ocds.Release Op(OcdsBron bron, DateOnly dag, TimeZoneInfo zone)
    {
        var traject = bron.Traject;
        var contracten = bron.Contracten.Where(c => c.Gegund <= dag).OrderBy(c => c.Perceel).ThenBy(c => c.Opdrachtnemer.Naam, StringComparer.Ordinal).ToList();
        var lots = traject.Percelen.Select(p => new Ocds.Lot(Lot(p.Nummer), p.Naam, OcdsCodes.LotStatus(p.FaseOp(dag)))).ToList();
        var koper = new Ocds.OrganizationReference(bron.Koper.Id, bron.Koper.Naam);
        var tender = new Ocds.Tender(
            traject.Id.Value, traject.Naam, OcdsCodes.TenderStatus([.. lots.Select(l => l.Status)]), traject.FaseOp(dag).Naam(),
            bron.Aanbesteder is { } a ? new Ocds.OrganizationReference(a.Id, a.Naam) : null,
            OcdsCodes.ProcurementMethod(traject.Procedure), traject.Procedure?.Naam(), "services",
            Aangekondigd(traject, dag) is { } aangekondigd ? new Ocds.Period(Tijdstip(aangekondigd, zone), null) : null, null, lots);

        var awards = contracten.Select(c => Gunning(c, zone))
            .Concat(DossierGunningen(bron, dag, zone))
            .ToList();
        var statistieken = awards.SelectMany(a => a.RelatedLots).Distinct()
            .Select(lot => (Lot: lot, Aantal: bron.Inschrijvingen.GetValueOrDefault(int.Parse(lot, CultureInfo.InvariantCulture))))
            .Where(s => s.Aantal > 0)
            .Select(s => new Ocds.BidStatistic($"{s.Lot}-bids", "bids", s.Aantal, awards.Where(a => a.RelatedLots.Contains(s.Lot)).Min(a => a.Date), s.Lot))
            .ToList();

        var partijen = new List<Ocds.Organization> { new(bron.Koper.Id, bron.Koper.Naam, null, ["buyer"]) };
        if (bron.Aanbesteder is { } aanbesteder)
            partijen.Add(new(aanbesteder.Id, aanbesteder.Naam, null, ["procuringEntity"]));
        partijen.AddRange(contracten.DistinctBy(c => c.Opdrachtnemer.Inschrijver).Select(Leverancier));

        return new Ocds.Release(
            OcdsProces.Ocid(traject.Id), "", Tijdstip(dag, zone), [], "tender", "nl", partijen, koper, tender,
            awards.Count > 0 ? awards : null,
            contracten.Count > 0 ? [.. contracten.Select(c => Contract(c, dag, zone))] : null,
            statistieken.Count > 0 ? new Ocds.Bids(statistieken) : null);
    }

    /// <summary>The first announcement, when the dossier has it: the tender period starts there (unknown otherwise, so left out).</summary>
    private static DateOnly? Aangekondigd(Traject traject, DateOnly dag) =>
        traject.Percelen.Select(p => p.Dossier.AankondigingGepubliceerd).Where(d => d <= dag).Min();

    /// <summary>The calendar day in <paramref name="zone"/> on which <paramref name="moment"/> fell.</summary>
    public static DateOnly Dag(DateTimeOffset moment, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);

    public static DateTimeOffset Tijdstip(DateOnly dag, TimeZoneInfo zone)
    {
        var middernacht = dag.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(middernacht, zone.GetUtcOffset(middernacht));
    }

    private static string Lot(int perceel) => perceel.ToString(CultureInfo.InvariantCulture);

    private static string GunningId(ContractVanRegio c) => $"{c.Perceel.ToString(CultureInfo.InvariantCulture)}-{OcdsCodes.PartijId(c.Opdrachtnemer.Inschrijver)}";

    private static Ocds.Award Gunning(ContractVanRegio c, TimeZoneInfo zone) => new(
        GunningId(c), $"Perceel {c.Perceel}: {c.PerceelNaam}", null, "active", Tijdstip(c.Gegund, zone),
        [new(OcdsCodes.PartijId(c.Opdrachtnemer.Inschrijver), c.Opdrachtnemer.Naam)], [Lot(c.Perceel)]);

    /// <summary>
    /// A perceel awarded definitively before the platform ran it (the dossier holds the decision's date, not the winners):
    /// the award is public, who won is not on the platform, and the export says so rather than inventing them.
    /// </summary>
    private static IEnumerable<Ocds.Award> DossierGunningen(OcdsBron bron, DateOnly dag, TimeZoneInfo zone) => bron.Traject.Percelen
        .Where(p => p.FaseOp(dag) is Fase.DefinitieveGunning or Fase.Gecontracteerd && bron.Contracten.All(c => c.Perceel != p.Nummer))
        .Select(p => (Perceel: p, Besloten: Gunningsdatum(p)))
        .Where(g => g.Besloten <= dag)
        .Select(g => new Ocds.Award(
            Lot(g.Perceel.Nummer), $"Perceel {g.Perceel.Nummer}: {g.Perceel.Naam}",
            $"Gunningsbeslissing van {Dagtekst.Kort(g.Besloten)}; de gegunde aanbieders zijn niet op het platform vastgelegd.",
            "active", Tijdstip(g.Besloten, zone), [], [Lot(g.Perceel.Nummer)]));

    /// <summary>The decision's date from the dossier, else the day the perceel entered voorlopige (or else definitieve) gunning.</summary>
    private static DateOnly Gunningsdatum(Perceel perceel) =>
        perceel.Dossier.Gunningsbeslissing?.Datum
        ?? perceel.Overgangen.Where(o => o.Fase == Fase.VoorlopigeGunning).Select(o => (DateOnly?)o.Datum).Min()
        ?? perceel.Overgangen.Where(o => o.Fase is Fase.DefinitieveGunning or Fase.Gecontracteerd).Min(o => o.Datum);

    private static Ocds.Organization Leverancier(ContractVanRegio c)
    {
        var nemer = c.Opdrachtnemer;
        var kvk = nemer.Inschrijver.StartsWith("aanbieder|", StringComparison.Ordinal) && nemer.Leden is [{ Kvk: { } nummer }] ? nummer : null;
        return new(OcdsCodes.PartijId(nemer.Inschrijver), nemer.Naam, kvk is null ? null : new Ocds.Identifier("NL-KVK", kvk, nemer.Naam), ["supplier"]);
    }

    private static Ocds.Contract Contract(ContractVanRegio c, DateOnly dag, TimeZoneInfo zone)
    {
        var verschoven = c.Verschuivingen.Where(v => Dag(v.Wanneer, zone) <= dag).ToList();
        var start = verschoven.Count > 0 ? verschoven[^1].Naar : c.OorspronkelijkeStart;
        var einde = start.AddYears(c.LooptijdJaren).AddDays(-1);
        var status = start > dag ? "pending" : einde < dag ? "terminated" : "active";
        var wijzigingen = verschoven
            .Select((v, i) => new Ocds.Amendment((i + 1).ToString(CultureInfo.InvariantCulture), v.Wanneer, $"Startdatum gewijzigd van {Dagtekst.Kort(v.Van)} naar {Dagtekst.Kort(v.Naar)}."))
            .ToList();
        return new Ocds.Contract(c.Id, GunningId(c), $"{c.TrajectNaam}, perceel {c.Perceel}: {c.Opdrachtnemer.Naam}", status,
            new Ocds.Period(Tijdstip(start, zone), Tijdstip(einde, zone)), wijzigingen.Count > 0 ? wijzigingen : null);
    }
}
