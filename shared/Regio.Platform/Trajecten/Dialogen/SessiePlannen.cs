using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>The owner's inkoper plans a session with one participant in a round: one per participant per round.</summary>
public sealed class SessiePlannen(DialoogPoort poort, DialoogStore store, TimeProvider time)
{
    public async Task<Uitkomst<Stand<Dialoogsessie>>> ScheduleAsync(
        Actor actor, TrajectId id, int perceel, int ronde, string? deelnemer, DateOnly datum, TimeOnly tijd, string? locatie, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.DialoogBeheren, $"dialoogsessie in ronde {ronde} plannen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Stand<Dialoogsessie>>();
        var gepland = string.IsNullOrEmpty(deelnemer) ? null : await store.GetSessieAsync(c.Partitie, id, perceel, ronde, deelnemer, ct).ConfigureAwait(false);
        var uitkomst = Dialoogregels.PlanSessie(c.Dialoog.Waarde, ronde, deelnemer, datum, tijd, locatie, gepland?.Waarde);
        if (uitkomst is not DialoogUitkomst<Dialoogsessie>.Toegestaan { Waarde: var sessie })
            return ((DialoogUitkomst<Dialoogsessie>.Geweigerd)uitkomst).Weigering;
        var audit = Dialoogwijziging.Event(time, actor, $"Dialoogsessie gepland in ronde {ronde} van perceel {perceel}", id, null,
            Json.Write(new { sessie.Ronde, sessie.Deelnemer, sessie.Datum, sessie.Tijd, sessie.Locatie }));
        return await store.SaveAsync(c.Partitie, id, perceel, sessie, null, audit, ct).ConfigureAwait(false) is { } etag
            ? new Stand<Dialoogsessie>(sessie, Versie.Enkel(etag))
            : (Uitkomst<Stand<Dialoogsessie>>)new DialoogWeigering.SessieGepland(c.Dialoog.Waarde.Deelnemers.First(d => d.Sleutel == sessie.Deelnemer).Naam, ronde);
    }
}
