using Azure;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Stukken;
using Regio.Platform.Audit;
using Regio.Platform.Documenten;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Stukken;

/// <summary>
/// How a version is published: the file is recognised by its content, then stored as a blob that may not exist yet,
/// then listed in the document's row together with its audit event. A row that cannot be written takes its blob
/// with it, so a reader never meets a version without its file nor a file without its version.
/// </summary>
public sealed partial class StukkenBeheer
{
    private const string TegelijkMelding =
        "Tegelijk met u heeft iemand anders een versie van dit document gepubliceerd. Uw bestand is niet opgeslagen. " +
        "Bekijk de documenten opnieuw en publiceer het zo nodig als nieuwe versie.";

    private async Task<Uitkomst<Aanbestedingsstuk>> PlaatsAsync(Actor actor, TrajectId trajectId, string partitie, Aanbestedingsstuk stuk,
        ETag? etag, StukUpload upload, List<StukWeigering> weigeringen, CancellationToken ct)
    {
        if (Stukregels.ControleerToelichting(upload.Toelichting) is { } toelichting)
            weigeringen.Add(toelichting);
        if (upload.Inhoud is null)
            weigeringen.Add(new StukWeigering.GeenBestand());
        var fouten = weigeringen.GroupBy(w => w.Veld).ToDictionary(g => g.Key, g => g.First().Melding);
        if (upload.Inhoud is null)
            return new Uitkomst<Aanbestedingsstuk>.Ongeldig(fouten);

        await using var kopie = await SeekbaarAsync(upload.Inhoud, ct).ConfigureAwait(false);
        var inhoud = kopie ?? upload.Inhoud;
        var uitslag = await DocumentHerkenning.HerkenAsync(inhoud, MaximumBytes, ct).ConfigureAwait(false);
        if (uitslag is DocumentUitslag.Geweigerd geweigerd)
            fouten["bestand"] = geweigerd.Weigering.Melding;
        if (fouten.Count > 0 || uitslag is not DocumentUitslag.Geaccepteerd { Controle: var controle })
            return new Uitkomst<Aanbestedingsstuk>.Ongeldig(fouten);

        var versie = new StukVersie(stuk.VolgendeVersie, Stukregels.Bestandsnaam(upload.Bestandsnaam, StukSoorten.Extensie(controle.Soort)),
            controle.Soort.ToString(), controle.Grootte, controle.Sha256, time.GetUtcNow(), actor.Naam,
            string.IsNullOrWhiteSpace(upload.Toelichting) ? null : upload.Toelichting.Trim());
        var gepubliceerd = stuk with { Versies = [.. stuk.Versies, versie] };
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, versie.Nummer == 1 ? "Document gepubliceerd" : "Nieuwe versie van document gepubliceerd",
            $"traject:{trajectId}", null, Json.Write(new { stuk = stuk.Id, titel = stuk.Titel, perceel = stuk.Perceel, versie }));

        if (await UploadAsync(trajectId, stuk.Id, versie.Nummer, inhoud, controle, ct).ConfigureAwait(false) is not { } blob)
            return new Uitkomst<Aanbestedingsstuk>.Conflict(TegelijkMelding);
        ETag? opgeslagen;
        try
        {
            opgeslagen = await store.SchrijfAsync(partitie, trajectId, gepubliceerd, etag, audit, ct).ConfigureAwait(false);
        }
        catch
        {
            await store.VerwijderAsync(trajectId, stuk.Id, versie.Nummer, blob, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        if (opgeslagen is null)
        {
            await store.VerwijderAsync(trajectId, stuk.Id, versie.Nummer, blob, CancellationToken.None).ConfigureAwait(false);
            return new Uitkomst<Aanbestedingsstuk>.Conflict(TegelijkMelding);
        }
        return gepubliceerd;
    }

    /// <summary>
    /// Uploads, and when the blob exists already but is a leftover of a publication that died before its row was
    /// written (no row lists it, since this version number is the next one), clears it and tries once more.
    /// </summary>
    private async Task<ETag?> UploadAsync(TrajectId trajectId, string stukId, int versie, Stream inhoud, DocumentControle controle, CancellationToken ct)
    {
        var contentType = StukSoorten.ContentType(controle.Soort);
        for (var poging = 1; poging <= 2; poging++)
        {
            inhoud.Position = 0;
            if (await store.UploadAsync(trajectId, stukId, versie, inhoud, contentType, controle.Sha256, time.GetUtcNow(), ct).ConfigureAwait(false) is { } etag)
                return etag;
            if (!await store.RuimVerweesdOpAsync(trajectId, stukId, versie, time.GetUtcNow(), ct).ConfigureAwait(false))
                return null;
        }
        return null;
    }

    /// <summary>
    /// Null when <paramref name="inhoud"/> can be read in place (seekable, at its start, as an uploaded form file is);
    /// otherwise a temporary file with its bytes (up to one past the maximum, which is enough to refuse it), never memory.
    /// </summary>
    private static async Task<Stream?> SeekbaarAsync(Stream inhoud, CancellationToken ct)
    {
        if (inhoud.CanSeek && inhoud.Position == 0)
            return null;
        var kopie = new FileStream(Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            var buffer = new byte[81920];
            long gelezen = 0;
            int n;
            while (gelezen <= MaximumBytes && (n = await inhoud.ReadAsync(buffer.AsMemory(), ct).ConfigureAwait(false)) > 0)
            {
                gelezen += n;
                await kopie.WriteAsync(buffer.AsMemory(0, n), ct).ConfigureAwait(false);
            }
            kopie.Position = 0;
            return kopie;
        }
        catch
        {
            await kopie.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
