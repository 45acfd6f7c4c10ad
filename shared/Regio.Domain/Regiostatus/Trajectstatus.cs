using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;

namespace Regio.Domain.Regiostatus;

/// <summary>
/// Where a traject stands on one day: its phase, the next milestone of its planning (late or not), the milestones that are
/// overdue, the last one realised (planned against actual) and each perceel's status. Derived from stored dates on every
/// read (DESIGN rule 4), never stored itself.
/// </summary>
public sealed record Trajectstatus(
    TrajectId Id,
    string Naam,
    Eigenaar Eigenaar,
    IReadOnlyList<GemeenteId> Deelnemers,
    Domein? Domein,
    Procedure? Procedure,
    Fase Fase,
    Mijlpaalstatus? VolgendeMijlpaal,
    Mijlpaalstatus? LaatstGerealiseerd,
    IReadOnlyList<Mijlpaalstatus> Verlopen,
    IReadOnlyList<Perceelstatus> Percelen)
{
    public bool IsRegionaal => Eigenaar is Eigenaar.DeRegio;

    /// <param name="tellingen">Per perceel number, the submissions counted per moment; a perceel without any is absent.</param>
    /// <param name="contractmomenten">The contract moments of the coming days (see <see cref="Contractmomenten"/>).</param>
    public static Trajectstatus Bereken(
        Traject traject, IReadOnlyDictionary<int, IReadOnlyList<Inschrijvingstelling>> tellingen, IReadOnlyList<Contractmoment> contractmomenten, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(traject);
        ArgumentNullException.ThrowIfNull(tellingen);
        ArgumentNullException.ThrowIfNull(contractmomenten);
        var standen = traject.Planning.Stand(vandaag).Select(s => (Stand: s, Status: Mijlpaalstatus.Van(s))).ToList();
        var volgende = standen.Where(s => !s.Stand.Mijlpaal.IsGerealiseerd)
            .OrderBy(s => s.Status.GeplandeDatum).ThenBy(s => s.Stand.Mijlpaal.Id.Value).Select(s => s.Status).FirstOrDefault();
        var gerealiseerd = standen.Where(s => s.Status.WerkelijkeDatum <= vandaag)
            .OrderBy(s => s.Status.WerkelijkeDatum).ThenBy(s => s.Stand.Mijlpaal.Id.Value).Select(s => s.Status).LastOrDefault();
        var verlopen = standen.Where(s => s.Status.WerkelijkeDatum is null && s.Status.IsTeLaat).Select(s => s.Status).OrderBy(s => s.GeplandeDatum).ToList();
        var percelen = traject.Percelen.Select(p => new Perceelstatus(
            p.Nummer,
            p.Naam,
            p.FaseOp(vandaag),
            p.StandOp(vandaag)?.Datum,
            [.. p.Dossier.Bezwaren.Select(b => Bezwaarstatus.Van(b, vandaag))],
            tellingen.TryGetValue(p.Nummer, out var telling) ? telling : [],
            [.. contractmomenten.Where(c => c.Perceel == p.Nummer).OrderBy(c => c.Datum)])).ToList();
        return new(traject.Id, traject.Naam, traject.Eigenaar, traject.Deelnemers, traject.Domein, traject.Procedure,
            traject.FaseOp(vandaag), volgende, gerealiseerd, verlopen, percelen);
    }
}
