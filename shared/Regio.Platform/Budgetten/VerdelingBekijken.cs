using Regio.Domain.Budgetten;
using Regio.Domain.Trajecten;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>A shared perceel with its verdeling (null until the coordinator records one), everyone's share, and the version a change sends back.</summary>
public sealed record VerdelingVanPerceel(Perceel Perceel, Verdeling? Verdeling, IReadOnlyList<Aandeel> Aandelen, Versie? Versie);

public sealed record VerdelingenVanTraject(Traject Traject, IReadOnlyList<VerdelingVanPerceel> Percelen);

/// <summary>The verdeling of every perceel of a shared traject, as the regio coordinator keeps it.</summary>
public sealed class VerdelingBekijken(VerdelingPoort poort, VerdelingStore store)
{
    public async Task<Uitkomst<VerdelingenVanTraject>> GetAsync(Actor actor, TrajectId trajectId, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, trajectId, "verdeling bekijken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var toegelaten))
            return toegang.RefusalAs<VerdelingenVanTraject>();
        var (traject, scope) = toegelaten;
        var opgeslagen = await store.ListAsync(scope, traject, ct).ConfigureAwait(false);
        return new VerdelingenVanTraject(traject, traject.Percelen.Select(p => opgeslagen.TryGetValue(p.Nummer, out var v)
            ? new VerdelingVanPerceel(p, v.Verdeling, v.Verdeling.Bereken(), Versie.Enkel(v.ETag))
            : new VerdelingVanPerceel(p, null, [], null)).ToList());
    }
}
