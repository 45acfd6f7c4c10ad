using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>A session with its minutes: seen only by the owner's people and the participant it is with (others: not found).</summary>
public sealed class SessieBekijken(DialoogPoort poort, DialoogStore store)
{
    public async Task<Uitkomst<Stand<Dialoogsessie>>> GetAsync(Actor actor, TrajectId id, int perceel, int ronde, string deelnemer, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.DialoogsessieInzien, $"dialoogsessie {ronde} bekijken", ct, deelnemer).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Stand<Dialoogsessie>>();
        return await store.GetSessieAsync(c.Partitie, id, perceel, ronde, deelnemer, ct).ConfigureAwait(false) is { } sessie
            ? sessie
            : new Uitkomst<Stand<Dialoogsessie>>.NietGevonden();
    }
}
