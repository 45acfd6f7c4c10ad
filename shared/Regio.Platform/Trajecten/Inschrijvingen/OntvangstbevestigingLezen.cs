using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Toegang;
using static Regio.Platform.Trajecten.Inschrijvingen.Inschrijvingswijziging;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>A receipt of one's own inschrijver, by its id; someone else's does not exist for this actor.</summary>
public sealed class OntvangstbevestigingLezen(InschrijvingPoort poort, InschrijvingStore store)
{
    public async Task<Uitkomst<Ontvangstbevestiging>> GetAsync(Actor actor, TrajectId id, int perceel, Momentsoort soort, string bewijsId, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.Inschrijven, "ontvangstbevestiging lezen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Ontvangstbevestiging>();
        var eigen = await store.GetAsync(id, perceel, soort, c.Als!.Sleutel, ct).ConfigureAwait(false);
        return eigen?.Waarde.Versies.FirstOrDefault(v => v.BewijsId == bewijsId) is { } versie
            ? Bewijs(c, soort, eigen.Waarde.Naam, versie)
            : new Uitkomst<Ontvangstbevestiging>.NietGevonden();
    }
}
