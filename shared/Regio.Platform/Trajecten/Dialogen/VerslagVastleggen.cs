using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>The owner's inkoper records or rewrites the minutes and follow-ups of a session.</summary>
public sealed class VerslagVastleggen(DialoogPoort poort, DialoogStore store, TimeProvider time)
{
    private const string Gewijzigd = "Iemand anders heeft het verslag van deze sessie intussen gewijzigd. Lees het opnieuw en probeer het nog eens.";

    /// <param name="gelezen">The version of the session as read; one that is not a session's version is stale.</param>
    public async Task<Uitkomst<Stand<Dialoogsessie>>> SaveAsync(Actor actor, TrajectId id, int perceel, int ronde, string deelnemer,
        string? tekst, IReadOnlyList<Afspraak> afspraken, Versie gelezen, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.DialoogBeheren, $"verslag van dialoogsessie {ronde} vastleggen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Stand<Dialoogsessie>>();
        if (await store.GetSessieAsync(c.Partitie, id, perceel, ronde, deelnemer, ct).ConfigureAwait(false) is not { } opgeslagen)
            return new Uitkomst<Stand<Dialoogsessie>>.NietGevonden();
        var uitkomst = Dialoogregels.LegVerslagVast(opgeslagen.Waarde, tekst, afspraken, time.GetUtcNow(), actor.Naam);
        if (uitkomst is not DialoogUitkomst<Dialoogsessie>.Toegestaan { Waarde: var sessie })
            return ((DialoogUitkomst<Dialoogsessie>.Geweigerd)uitkomst).Weigering;
        if (gelezen.EnkeleETag is not { } expected)
            return new Uitkomst<Stand<Dialoogsessie>>.Conflict(Gewijzigd, Verouderd: true);
        // The minutes themselves stay out of the audit event: the history is read by more people than the session.
        var audit = Dialoogwijziging.Event(time, actor, $"Verslag van dialoogsessie vastgelegd (ronde {ronde}, perceel {perceel})", id,
            opgeslagen.Waarde.Verslag is { } oud ? Json.Write(new { deelnemer, oud.VastgelegdOp, afspraken = oud.Afspraken.Count }) : null,
            Json.Write(new { deelnemer, sessie.Verslag!.VastgelegdOp, afspraken = sessie.Verslag.Afspraken.Count }));
        return await store.SaveAsync(c.Partitie, id, perceel, sessie, expected, audit, ct).ConfigureAwait(false) is { } etag
            ? new Stand<Dialoogsessie>(sessie, Versie.Enkel(etag))
            : new Uitkomst<Stand<Dialoogsessie>>.Conflict(Gewijzigd, Verouderd: true);
    }
}
