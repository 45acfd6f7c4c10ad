using Regio.Domain.Regiostatus;
using Regio.Domain.Trajecten;
using Regio.Platform.Contracten;

namespace Regio.Platform.Regiostatus;

/// <summary>
/// Contract moments from the contracts themselves: one range "contract|" per owner partition of the given trajecten (the
/// regio's and at most the reader's own gemeente's), so the round trips stay bounded. A perceel with contracts shows
/// each contract's own start (with the first date when it moved) and evaluations; a perceel without contracts yet falls
/// back to what its traject plans (<see cref="Contractmomenten.UitTraject"/>).
/// </summary>
public sealed class ContractRijenbron(ContractStore contracten) : IContractbron
{
    public async Task<IReadOnlyDictionary<TrajectId, IReadOnlyList<Contractmoment>>> ListMomentenAsync(
        IReadOnlyList<Traject> trajecten, DateOnly vandaag, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trajecten);
        var perEigenaar = await Task.WhenAll(trajecten.Select(t => t.Eigenaar).Distinct()
            .Select(e => contracten.ListAsync(e, ct))).ConfigureAwait(false);
        var perPerceel = perEigenaar.SelectMany(l => l).Select(v => v.Contract).ToLookup(c => (c.Traject, c.Perceel));
        var tot = vandaag.AddDays(Contractmomenten.Vooruitblik);
        bool Binnenkort(DateOnly d) => d >= vandaag && d <= tot;

        return trajecten.ToDictionary(t => t.Id, t =>
        {
            var gepland = Contractmomenten.UitTraject(t, vandaag).Where(m => !perPerceel.Contains((t.Id, m.Perceel)));
            var uitContracten = t.Percelen.SelectMany(p => perPerceel[(t.Id, p.Nummer)]).SelectMany(c =>
                new[] { new Contractmoment(c.Perceel, Contractmomentsoort.Start, c.Startdatum, $"Start van het contract met {c.Opdrachtnemer.Naam}",
                            c.OorspronkelijkeStart != c.Startdatum ? c.OorspronkelijkeStart : null) }
                    .Concat(c.Evaluaties.Select(e => new Contractmoment(c.Perceel, Contractmomentsoort.Evaluatie, e.Datum,
                        $"Evaluatie na contractjaar {e.NaJaar} van het contract met {c.Opdrachtnemer.Naam}")))
                    .Where(m => Binnenkort(m.Datum)));
            return (IReadOnlyList<Contractmoment>)gepland.Concat(uitContracten).OrderBy(m => m.Datum).ThenBy(m => m.Perceel).ToList();
        });
    }
}
