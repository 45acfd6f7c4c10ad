using Regio.Domain.Rapportages;
using Regio.Domain.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using static Regio.Platform.Rapportages.Rapportagewijziging;

namespace Regio.Platform.Rapportages;

/// <summary>
/// A coordinator makes the letter final as it was read: its document is rendered and stored first, then the row points
/// at it in the same transaction as the audit event. When the row refuses, the document is removed again. A final
/// letter never changes.
/// </summary>
public sealed class RapportageDefinitiefMaken(RapportagePoort poort, RapportageStore store, TimeProvider time)
{
    /// <param name="gelezen">The letter's version as read; one that is not the current one (or not ours) is stale.</param>
    public async Task<Uitkomst<RapportageVersie>> FinaliseAsync(Actor actor, RegioId regioId, string? maandTekst, Versie gelezen, CancellationToken ct)
    {
        var toegang = await poort.OpenMaandAsync(actor, regioId, maandTekst, Actie.RapportageOpstellen, "rapportage definitief maken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var brief))
        {
            return toegang.RefusalAs<RapportageVersie>();
        }
        var (regio, huidig) = brief;
        var uitkomst = huidig.Rapportage.MaakDefinitief(new Bewerking(actor.Naam, time.GetUtcNow()));
        if (uitkomst is not RapportageUitkomst.Bijgewerkt { Rapportage: var definitief })
        {
            return Geweigerd(((RapportageUitkomst.Geweigerd)uitkomst).Weigering);
        }
        if (gelezen.EnkeleETag is not { } expected || huidig.Versie.EnkeleETag?.ToString() != expected.ToString())
        {
            return new Uitkomst<RapportageVersie>.Conflict(Verouderd, Verouderd: true);
        }
        var bestand = await store.UploadAsync(definitief, RapportageDocx.Create(definitief, regio), ct).ConfigureAwait(false);
        var audit = Event(time, actor, $"Raadsinformatiebrief over {definitief.Maand.Naam} definitief gemaakt", definitief, huidig.Rapportage);
        if (await store.SaveAsync(definitief, bestand, expected, audit, ct).ConfigureAwait(false) is { } etag)
        {
            return new RapportageVersie(definitief, Versie.Enkel(etag), bestand);
        }
        await store.RemoveAsync(bestand, CancellationToken.None).ConfigureAwait(false);
        return new Uitkomst<RapportageVersie>.Conflict(Verouderd, Verouderd: true);
    }
}
