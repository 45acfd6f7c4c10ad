using Regio.Domain.Aanbieders;
using Regio.Domain.Trajecten;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Aanbieders;

/// <summary>A perceel opened to register for: the perceel and the actor's own registration on it, if any.</summary>
public sealed record Aanmeldcontext(Perceel Perceel, Aanmelding? Bestaand);

/// <summary>
/// The gate of registering for a perceel, alone or by starting a combinatie, on <see cref="TrajectPoort"/>: the perceel
/// and the actor's own registration, once <see cref="AccessPolicy.BeslisAanmelding"/> lets the actor register there with
/// the scope it allowed. A perceel that does not exist is not found whatever the role.
/// </summary>
public sealed class Aanmeldpoort(TrajectPoort poort, AanmeldingStore store)
{
    public async Task<Uitkomst<Aanmeldcontext>> OpenAsync(Actor actor, TrajectId id, int nummer, string wat, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var toegang = await poort.OpenAsync(
            actor, id, $"perceel {nummer} {wat}",
            t => t.Traject.Percelen.Any(p => p.Nummer == nummer)
                ? AccessPolicy.BeslisAanmelding(actor, Actie.Aanmelden, t.Traject, t.Peildatum)
                : new Besluit.NietGevonden(),
            (t, scope) => (Perceel: t.Traject.Percelen.First(p => p.Nummer == nummer), scope.Organisatie),
            ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<Aanmeldcontext>();
        }
        return new Aanmeldcontext(open.Perceel, await store.GetAanmeldingAsync(id, nummer, open.Organisatie, ct).ConfigureAwait(false));
    }
}
