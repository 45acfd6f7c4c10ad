using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Beoordelingen;
using Regio.Platform.Trajecten.Inschrijvingen;
using static Regio.Platform.Trajecten.Gunningen.Gunningwijziging;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>The inkoper drafts the gunningsbeslissing from the ranking, or changes the concept that was read.</summary>
public sealed class BesluitOpstellen(GunningPoort poort, BeoordelingLezer beoordelingen, GunningStore store, TimeProvider time)
{
    /// <summary>
    /// Drafts or changes the concept: the winners (default: everyone ranked first), the reason where the choice departs
    /// from the ranking, and an optional explanation. A change needs the version of the concept that was read.
    /// </summary>
    public async Task<Uitkomst<Gelezen<Gunningsbesluit>>> SaveAsync(Actor actor, TrajectId id, int perceel,
        IReadOnlyList<string>? winnaars, string? afwijking, string? toelichting, Versie? gelezen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var open = await poort.OpenAsync(actor, id, perceel, [Actie.GunningBeheren], "gunningsbeslissing opstellen", ct).ConfigureAwait(false);
        if (!open.TryGet(out var c))
            return open.RefusalAs<Gelezen<Gunningsbesluit>>();
        var huidig = c.Gunning.Besluit;
        if (huidig is not null && (gelezen is not { } versie || versie != huidig.Versie))
        {
            return new Uitkomst<Gelezen<Gunningsbesluit>>.Conflict(gelezen is null
                ? "Er is al een concept van de gunningsbeslissing. Stuur de ETag mee die u las (If-Match), zodat een wijziging van een ander niet verloren gaat."
                : Tegelijk, Verouderd: true);
        }
        var uitslag = await beoordelingen.GetAsync(id, perceel, ct).ConfigureAwait(false);
        if (uitslag is not { Rangschikking.Plaatsen.Count: > 0 })
            return new GunningWeigering.BeoordelingOnvolledig("er is nog geen rangschikking: geen inschrijving heeft een consensusscore.");
        var regel = Gunningsregels.StelOp(huidig?.Waarde, perceel, uitslag.Rangschikking, winnaars, afwijking, toelichting, uitslag.Namen, actor.Naam, time.GetUtcNow());
        if (regel is not GunningUitkomst<Gunningsbesluit>.Toegestaan { Waarde: var besluit })
            return ((GunningUitkomst<Gunningsbesluit>.Geweigerd)regel).Weigering;
        var audit = Event(time, actor, $"Concept gunningsbeslissing opgesteld voor perceel {perceel}", id,
            huidig is null ? null : Json.Write(new { perceel, huidig.Waarde.Winnaars }), Json.Write(new { perceel, besluit.Winnaars, besluit.Afwijking }));
        return await store.SaveConceptAsync(c.Traject, besluit, huidig?.ETag, audit, ct).ConfigureAwait(false) is { } etag
            ? new Gelezen<Gunningsbesluit>(besluit, etag)
            : new Uitkomst<Gelezen<Gunningsbesluit>>.Conflict(Tegelijk, Verouderd: true);
    }
}
