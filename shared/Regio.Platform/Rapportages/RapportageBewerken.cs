using Regio.Domain.Rapportages;
using Regio.Domain.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using static Regio.Platform.Rapportages.Rapportagewijziging;

namespace Regio.Platform.Rapportages;

/// <summary>The four parts of a letter as a person or client typed them; checked by <see cref="Rapportageteksten.Controleer"/>.</summary>
public sealed record RapportageInvoer(string? Aanleiding, string? Kernboodschap, string? Consequenties, string? Vervolg);

/// <summary>A coordinator replaces the four parts of a concept, in the version that was read, with its audit event; a final letter no longer changes.</summary>
public sealed class RapportageBewerken(RapportagePoort poort, RapportageStore store, TimeProvider time)
{
    /// <param name="gelezen">The letter's version as read; one that is not the current one (or not ours) is stale.</param>
    public async Task<Uitkomst<RapportageVersie>> SaveAsync(
        Actor actor, RegioId regioId, string? maandTekst, RapportageInvoer invoer, Versie gelezen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        var (teksten, fouten) = Rapportageteksten.Controleer(invoer.Aanleiding, invoer.Kernboodschap, invoer.Consequenties, invoer.Vervolg);
        var toegang = await poort.OpenMaandAsync(actor, regioId, maandTekst, Actie.RapportageOpstellen, "rapportage wijzigen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var brief))
        {
            return toegang.RefusalAs<RapportageVersie>();
        }
        if (fouten.Count > 0)
        {
            return new Uitkomst<RapportageVersie>.Ongeldig(fouten);
        }
        var huidig = brief.Versie;
        var uitkomst = huidig.Rapportage.Wijzig(teksten!, new Bewerking(actor.Naam, time.GetUtcNow()));
        if (uitkomst is not RapportageUitkomst.Bijgewerkt { Rapportage: var gewijzigd })
        {
            return Geweigerd(((RapportageUitkomst.Geweigerd)uitkomst).Weigering);
        }
        if (gelezen.EnkeleETag is not { } expected)
        {
            return new Uitkomst<RapportageVersie>.Conflict(Verouderd, Verouderd: true);
        }
        var audit = Event(time, actor, $"Raadsinformatiebrief over {gewijzigd.Maand.Naam} gewijzigd", gewijzigd, huidig.Rapportage);
        return await store.SaveAsync(gewijzigd, null, expected, audit, ct).ConfigureAwait(false) is { } etag
            ? new RapportageVersie(gewijzigd, Versie.Enkel(etag), null)
            : new Uitkomst<RapportageVersie>.Conflict(Verouderd, Verouderd: true);
    }
}
