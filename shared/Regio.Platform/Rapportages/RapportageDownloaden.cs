using Regio.Domain.Regios;
using Regio.Platform.Toegang;

namespace Regio.Platform.Rapportages;

/// <summary>A letter as a Word document: the stored one of a final letter, or a fresh rendering of a concept.</summary>
public sealed record RapportageDocument(byte[] Inhoud, string Bestandsnaam, RapportageVersie Versie);

/// <summary>A month's letter as a Word document, for whoever may read the letter.</summary>
public sealed class RapportageDownloaden(RapportagePoort poort, RapportageStore store)
{
    public async Task<Uitkomst<RapportageDocument>> DownloadAsync(Actor actor, RegioId regioId, string? maandTekst, CancellationToken ct)
    {
        var toegang = await poort.OpenMaandAsync(actor, regioId, maandTekst, Actie.RapportageLezen, "rapportage downloaden", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var brief))
        {
            return toegang.RefusalAs<RapportageDocument>();
        }
        var (regio, versie) = brief;
        var bestandsnaam = RapportageDocx.Bestandsnaam(versie.Rapportage);
        if (versie.Bestand is not { } bestand)
        {
            return new RapportageDocument(RapportageDocx.Create(versie.Rapportage, regio), bestandsnaam, versie);
        }
        // The councils received the stored file; rendering it again could differ, so a final letter is always that file.
        return await store.DownloadAsync(bestand, ct).ConfigureAwait(false) is { } inhoud
            ? new RapportageDocument(inhoud, bestandsnaam, versie)
            : new Uitkomst<RapportageDocument>.NietGevonden();
    }
}
