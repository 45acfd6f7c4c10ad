using Regio.Platform.Regios;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>The trajecten of the regio that the actor may see, each as the actor may see it.</summary>
public sealed class TrajectenBekijken(TrajectStore store, RegioStore regios, PlatformRegio regio, TimeProvider time)
{
    public async Task<Uitkomst<IReadOnlyList<TrajectVersie>>> ListAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(regio);
        var vandaag = time.Vandaag();
        var gevonden = await regios.GetAsync(regio.Id, ct).ConfigureAwait(false) is { } r
            ? await store.ListVersiesForRegioAsync(r, ct).ConfigureAwait(false)
            : [];
        return new Uitkomst<IReadOnlyList<TrajectVersie>>.Gelukt(gevonden
            .Where(t => AccessPolicy.Beslis(actor, Actie.TrajectBekijken, t.Traject, vandaag) is Besluit.Toegestaan)
            .Select(t => new TrajectVersie(Trajectinzage.Voor(actor, t.Traject, vandaag), t.Versie, vandaag))
            .ToList());
    }
}
