using Regio.Domain.Regios;
using Regio.Platform.Regios;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>
/// The trajecten the actor may see, each as the actor may see it: those of the regio's they work in
/// (<see cref="Werkgebied"/>), or of one of those regio's.
/// </summary>
public sealed class TrajectenBekijken(TrajectStore store, Werkgebied werkgebied, TimeProvider time)
{
    /// <param name="regio">Only this regio's trajecten (its own and its gemeenten's); null for every regio the actor works in.</param>
    public async Task<Uitkomst<IReadOnlyList<TrajectVersie>>> ListAsync(Actor actor, RegioId? regio, CancellationToken ct)
    {
        var vandaag = time.Vandaag();
        var gebied = (await werkgebied.ListAsync(actor, ct).ConfigureAwait(false)).Where(r => regio is null || r.Id == regio);
        var gevonden = await store.ListVersiesForOwnersAsync(Werkgebied.Eigenaren(gebied), ct).ConfigureAwait(false);
        return new Uitkomst<IReadOnlyList<TrajectVersie>>.Gelukt(gevonden
            .Where(t => AccessPolicy.Beslis(actor, Actie.TrajectBekijken, t.Traject, vandaag) is Besluit.Toegestaan)
            .Select(t => new TrajectVersie(Trajectinzage.Voor(actor, t.Traject, vandaag), t.Versie, vandaag))
            .ToList());
    }

    public Task<Uitkomst<IReadOnlyList<TrajectVersie>>> ListAsync(Actor actor, CancellationToken ct) => ListAsync(actor, null, ct);
}
