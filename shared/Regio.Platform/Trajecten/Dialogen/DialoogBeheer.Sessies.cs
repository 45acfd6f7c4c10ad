using Azure;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>Sessions: one per participant per round, seen only by the owner's people and that participant.</summary>
public sealed partial class DialoogBeheer
{
    public async Task<Uitkomst<Versie<Dialoogsessie>>> SessieAsync(Actor actor, TrajectId id, int perceel, int ronde, string deelnemer, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, id, perceel, Actie.DialoogsessieInzien, $"dialoogsessie {ronde} bekijken", ct, deelnemer).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Versie<Dialoogsessie>>();
        return await store.SessieAsync(c.Partitie, id, perceel, ronde, deelnemer, ct).ConfigureAwait(false) is { } sessie
            ? sessie
            : new Uitkomst<Versie<Dialoogsessie>>.NietGevonden();
    }

    public async Task<Uitkomst<Versie<Dialoogsessie>>> PlanSessieAsync(
        Actor actor, TrajectId id, int perceel, int ronde, string? deelnemer, DateOnly datum, TimeOnly tijd, string? locatie, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, id, perceel, Actie.DialoogBeheren, $"dialoogsessie in ronde {ronde} plannen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Versie<Dialoogsessie>>();
        var gepland = string.IsNullOrEmpty(deelnemer) ? null : await store.SessieAsync(c.Partitie, id, perceel, ronde, deelnemer, ct).ConfigureAwait(false);
        var uitkomst = Dialoogregels.PlanSessie(c.Dialoog.Waarde, ronde, deelnemer, datum, tijd, locatie, gepland?.Waarde);
        if (uitkomst is not DialoogUitkomst<Dialoogsessie>.Toegestaan { Waarde: var sessie })
            return ((DialoogUitkomst<Dialoogsessie>.Geweigerd)uitkomst).Weigering;
        var audit = Event(actor, $"Dialoogsessie gepland in ronde {ronde} van perceel {perceel}", id, null,
            Json.Write(new { sessie.Ronde, sessie.Deelnemer, sessie.Datum, sessie.Tijd, sessie.Locatie }));
        return await store.SchrijfAsync(c.Partitie, id, perceel, sessie, null, audit, ct).ConfigureAwait(false) is { } etag
            ? new Versie<Dialoogsessie>(sessie, etag)
            : (Uitkomst<Versie<Dialoogsessie>>)new DialoogWeigering.SessieGepland(c.Dialoog.Waarde.Deelnemers.First(d => d.Sleutel == sessie.Deelnemer).Naam, ronde);
    }

    /// <summary>Records or rewrites the minutes and follow-ups; <paramref name="expected"/> is the session's ETag as read.</summary>
    public async Task<Uitkomst<Versie<Dialoogsessie>>> LegVerslagVastAsync(Actor actor, TrajectId id, int perceel, int ronde, string deelnemer,
        string? tekst, IReadOnlyList<Afspraak> afspraken, ETag expected, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, id, perceel, Actie.DialoogBeheren, $"verslag van dialoogsessie {ronde} vastleggen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Versie<Dialoogsessie>>();
        if (await store.SessieAsync(c.Partitie, id, perceel, ronde, deelnemer, ct).ConfigureAwait(false) is not { } gelezen)
            return new Uitkomst<Versie<Dialoogsessie>>.NietGevonden();
        var uitkomst = Dialoogregels.LegVerslagVast(gelezen.Waarde, tekst, afspraken, time.GetUtcNow(), actor.Naam);
        if (uitkomst is not DialoogUitkomst<Dialoogsessie>.Toegestaan { Waarde: var sessie })
            return ((DialoogUitkomst<Dialoogsessie>.Geweigerd)uitkomst).Weigering;
        // The minutes themselves stay out of the audit event: the history is read by more people than the session.
        var audit = Event(actor, $"Verslag van dialoogsessie vastgelegd (ronde {ronde}, perceel {perceel})", id,
            gelezen.Waarde.Verslag is { } oud ? Json.Write(new { deelnemer, oud.VastgelegdOp, afspraken = oud.Afspraken.Count }) : null,
            Json.Write(new { deelnemer, sessie.Verslag!.VastgelegdOp, afspraken = sessie.Verslag.Afspraken.Count }));
        return await store.SchrijfAsync(c.Partitie, id, perceel, sessie, expected, audit, ct).ConfigureAwait(false) is { } etag
            ? new Versie<Dialoogsessie>(sessie, etag)
            : new Uitkomst<Versie<Dialoogsessie>>.Conflict("Iemand anders heeft het verslag van deze sessie intussen gewijzigd. Lees het opnieuw en probeer het nog eens.", Verouderd: true);
    }
}
