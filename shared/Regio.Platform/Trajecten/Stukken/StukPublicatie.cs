using Azure;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Stukken;
using Regio.Platform.Audit;
using Regio.Platform.Documenten;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Stukken;

/// <summary>A file to publish as it arrived: the name the sender gave it, its bytes, and a note for readers.</summary>
public sealed record StukUpload(string? Bestandsnaam, Stream? Inhoud, string? Toelichting = null);

/// <summary>
/// Publishing a document or a new version of one; needs <see cref="Actie.DocumentPubliceren"/>, and a version is never
/// overwritten. The file is recognised by its content, then stored as a blob that may not exist yet, then listed in the
/// document's row together with its audit event. A row that cannot be written takes its blob with it, so a reader never
/// meets a version without its file nor a file without its version.
/// </summary>
public sealed class StukPublicatie(TrajectPoort poort, StukStore store, TimeProvider time)
{
    /// <summary>
    /// The largest document that can be published. The Functions host refuses HTTP requests over 100 MB before they
    /// reach the app, so the file and the form around it (1 MB margin, see StukUploadLezer) stay below that.
    /// </summary>
    public const long MaximumBytes = 95L * 1024 * 1024;

    /// <summary>Publishes a new document with its first version, for the whole traject or (with <paramref name="perceel"/>) one perceel.</summary>
    public async Task<Uitkomst<Aanbestedingsstuk>> PublishAsync(Actor actor, TrajectId trajectId, string? titel, int? perceel, StukUpload upload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var toegang = await poort.OpenAsync(actor, trajectId, Actie.DocumentPubliceren, "document publiceren", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<Aanbestedingsstuk>();
        }
        var traject = open.Traject;
        var partitie = TrajectStore.PartitionKey(traject.Eigenaar);
        var bestaande = (await store.ListAsync(partitie, trajectId, ct).ConfigureAwait(false)).Select(s => s.Stuk).ToList();
        var fouten = Stukregels.ControleerNieuw(titel, perceel, traject, bestaande).ToList();
        var nieuw = new Aanbestedingsstuk(Stukregels.NieuwId(titel ?? "", bestaande.Select(s => s.Id)), titel?.Trim() ?? "", perceel, []);
        return await PlaatsAsync(actor, trajectId, partitie, nieuw, null, upload, fouten, ct).ConfigureAwait(false);
    }

    /// <summary>Publishes a new version of an existing document; the earlier versions stay as they are.</summary>
    public async Task<Uitkomst<Aanbestedingsstuk>> PublishVersionAsync(Actor actor, TrajectId trajectId, string stukId, StukUpload upload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var toegang = await poort.OpenAsync(actor, trajectId, Actie.DocumentPubliceren, $"versie van document {stukId} publiceren", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<Aanbestedingsstuk>();
        }
        var traject = open.Traject;
        var partitie = TrajectStore.PartitionKey(traject.Eigenaar);
        if (await store.GetAsync(partitie, trajectId, stukId, ct).ConfigureAwait(false) is not { } bestaand)
            return new Uitkomst<Aanbestedingsstuk>.NietGevonden();
        return await PlaatsAsync(actor, trajectId, partitie, bestaand.Stuk, bestaand.ETag, upload, [], ct).ConfigureAwait(false);
    }

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

        await using var kopie = await SeekbareInhoud.KopieAsync(upload.Inhoud, MaximumBytes, ct).ConfigureAwait(false);
        var inhoud = kopie ?? upload.Inhoud;
        var uitslag = await DocumentHerkenning.RecognizeAsync(inhoud, MaximumBytes, ct).ConfigureAwait(false);
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
            opgeslagen = await store.SaveAsync(partitie, trajectId, gepubliceerd, etag, audit, ct).ConfigureAwait(false);
        }
        catch
        {
            await store.RemoveAsync(trajectId, stuk.Id, versie.Nummer, blob, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        if (opgeslagen is null)
        {
            await store.RemoveAsync(trajectId, stuk.Id, versie.Nummer, blob, CancellationToken.None).ConfigureAwait(false);
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
            if (!await store.RemoveOrphanAsync(trajectId, stukId, versie, time.GetUtcNow(), ct).ConfigureAwait(false))
                return null;
        }
        return null;
    }
}
