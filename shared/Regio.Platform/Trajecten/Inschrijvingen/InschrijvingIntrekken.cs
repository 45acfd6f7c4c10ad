using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using static Regio.Platform.Trajecten.Inschrijvingen.Inschrijvingswijziging;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>Withdraws the submission that counts; the earlier versions stay, and a new submission before the deadline counts again.</summary>
public sealed class InschrijvingIntrekken(InschrijvingPoort poort, InschrijvingStore store, Regiostatus.Statusprojectie status, TimeProvider time)
{
    public async Task<Uitkomst<Ontvangstbevestiging>> WithdrawAsync(Actor actor, TrajectId id, int perceel, Momentsoort soort, CancellationToken ct)
    {
        var nu = time.GetUtcNow();
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.Inschrijven, "inschrijving intrekken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Ontvangstbevestiging>();
        var moment = (await store.GetMomentAsync(id, perceel, soort, ct).ConfigureAwait(false))?.Waarde;
        if (Inschrijvingsregels.MagIndienen(moment, nu, Sluiting(moment)) is { } dicht)
            return dicht;
        var bestaand = await store.GetAsync(id, perceel, soort, c.Als!.Sleutel, ct).ConfigureAwait(false);
        var regel = Inschrijvingsregels.TrekIn(bestaand?.Waarde, Guid.NewGuid().ToString("N"), nu, actor.Naam);
        if (regel is InschrijvingUitkomst<Inschrijving>.Geweigerd w)
            return w.Weigering;
        var nieuw = ((InschrijvingUitkomst<Inschrijving>.Toegestaan)regel).Waarde;
        var audit = Event(time, actor, $"Inschrijving ingetrokken ({Indienmoment.Naam(soort)})", Onderwerp(id, perceel, c.Als), null, Json.Write(nieuw.Versies[^1]));
        if (!await store.SaveAsync(id, perceel, soort, nieuw, bestaand!.ETag, audit, ct).ConfigureAwait(false))
            return new Uitkomst<Ontvangstbevestiging>.Conflict(Tegelijk);
        await status.RecountAsync(c.Traject, perceel, ct).ConfigureAwait(false);
        return Bewijs(c, soort, c.Als.Naam, nieuw.Versies[^1]);
    }
}
