using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Stukken;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Stukken;

/// <summary>The documents of a traject as a reader gets them, and whether this reader may publish more.</summary>
public sealed record StukkenVanTraject(Traject Traject, IReadOnlyList<Aanbestedingsstuk> Stukken, bool MagPubliceren);

/// <summary>
/// The documents of a traject, per perceel and by title. Whoever may see a traject may read its documents (so aanbieders
/// can, once it is published).
/// </summary>
public sealed class StukkenBekijken(TrajectPoort poort, StukStore store)
{
    public async Task<Uitkomst<StukkenVanTraject>> ListAsync(Actor actor, TrajectId trajectId, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, trajectId, Actie.TrajectBekijken, "documenten bekijken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<StukkenVanTraject>();
        }
        var traject = open.Traject;
        var stukken = await store.ListAsync(TrajectStore.PartitionKey(traject.Eigenaar), trajectId, ct).ConfigureAwait(false);
        var magPubliceren = AccessPolicy.Beslis(actor, Actie.DocumentPubliceren, traject, open.Peildatum) is Besluit.Toegestaan;
        var volgorde = stukken.Select(s => s.Stuk).OrderBy(s => s.Perceel ?? 0).ThenBy(s => s.Titel, StringComparer.CurrentCultureIgnoreCase).ToList();
        return new StukkenVanTraject(traject, volgorde, magPubliceren);
    }
}
