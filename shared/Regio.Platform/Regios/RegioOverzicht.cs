using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Tijd;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Regios;

/// <summary>What anyone may see of a regio: its gemeenten and its published trajecten with their phase today.</summary>
public sealed record RegioOverzicht(Domain.Regios.Regio Regio, DateOnly Peildatum, IReadOnlyList<TrajectStand> Trajecten);

public sealed record TrajectStand(Traject Traject, Fase Fase, IReadOnlyList<PerceelStand> Percelen);

public sealed record PerceelStand(Perceel Perceel, Fase Fase, FaseOvergang? Sinds);

public sealed class RegioOverzichtQuery(RegioStore regios, TrajectStore trajecten, TimeProvider time)
{
    /// <summary>Null when the regio does not exist. Two round trips to the regio partition, then one per owner in parallel.</summary>
    public async Task<RegioOverzicht?> GetAsync(RegioId id, CancellationToken cancellationToken)
    {
        var regio = await regios.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (regio is null)
        {
            return null;
        }
        var vandaag = time.Vandaag();
        var lijst = await trajecten.ListForRegioAsync(regio, cancellationToken).ConfigureAwait(false);
        // Public view: a traject that is still being prepared belongs to its owner alone (DESIGN rule 2).
        var standen = lijst
            .Where(t => t.IsGepubliceerd(vandaag))
            .OrderByDescending(t => t.IsRegionaal)
            .ThenBy(t => t.Naam, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true))
            .Select(t => new TrajectStand(
                t,
                t.FaseOp(vandaag),
                t.Percelen.Select(p => new PerceelStand(p, p.FaseOp(vandaag), p.StandOp(vandaag))).ToList()))
            .ToList();
        return new RegioOverzicht(regio, vandaag, standen);
    }
}
