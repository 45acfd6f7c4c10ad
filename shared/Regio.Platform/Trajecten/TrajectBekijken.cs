using Regio.Domain.Trajecten;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>One traject, as the actor may see it (<see cref="Trajectinzage"/>), through the gate.</summary>
public sealed class TrajectBekijken(TrajectPoort poort)
{
    public async Task<Uitkomst<TrajectVersie>> GetAsync(Actor actor, TrajectId id, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, Actie.TrajectBekijken, "bekijken", ct).ConfigureAwait(false);
        return toegang.TryGet(out var gelezen)
            ? gelezen with { Traject = Trajectinzage.Voor(actor, gelezen.Traject, gelezen.Peildatum) }
            : toegang;
    }
}
