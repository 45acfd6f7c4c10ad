using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using static Regio.Platform.Trajecten.Inschrijvingen.Inschrijvingswijziging;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>An opened moment: the opening record and, per inschrijver, the submission that counts.</summary>
public sealed record GeopendMoment(Indienmoment Moment, IReadOnlyList<(string Inschrijver, Indiening Indiening)> Inschrijvingen);

/// <summary>A file of an opened submission, for download. The caller disposes <paramref name="Inhoud"/>.</summary>
public sealed record GeopendBestand(OntvangenBestand Bestand, Stream Inhoud);

/// <summary>
/// Reading the submissions after a valid opening; before it they do not exist for anyone. Every reading and download is
/// recorded in the opening's audit chain.
/// </summary>
public sealed class GeopendeInschrijvingen(InschrijvingPoort poort, InschrijvingStore store, InschrijvingBlobs blobs, TimeProvider time)
{
    /// <summary>The submissions that count, with their files.</summary>
    public async Task<Uitkomst<GeopendMoment>> GetAsync(Actor actor, TrajectId id, int perceel, Momentsoort soort, CancellationToken ct)
    {
        var moment = (await store.GetMomentAsync(id, perceel, soort, ct).ConfigureAwait(false))?.Waarde;
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.InschrijvingenLezen, "geopende inschrijvingen lezen", ct, moment).ConfigureAwait(false);
        if (!toegang.TryGet(out _))
            return toegang.RefusalAs<GeopendMoment>();
        var alle = await store.ListAsync(id, perceel, soort, ct).ConfigureAwait(false);
        await store.AddAuditAsync(id, perceel, Event(time, actor, $"Geopende inschrijvingen van {Indienmoment.Naam(soort)} ingezien", OpeningOnderwerp(id, perceel, soort), null, null), ct).ConfigureAwait(false);
        return new GeopendMoment(moment!, alle.Where(i => i.Geldend is not null).Select(i => (i.Naam, i.Geldend!)).ToList());
    }

    /// <summary>One file of an opened submission, only as it was submitted.</summary>
    public async Task<Uitkomst<GeopendBestand>> GetBestandAsync(Actor actor, TrajectId id, int perceel, Momentsoort soort, string uploadId, CancellationToken ct)
    {
        var moment = (await store.GetMomentAsync(id, perceel, soort, ct).ConfigureAwait(false))?.Waarde;
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.InschrijvingenLezen, $"document {uploadId} van een inschrijving lezen", ct, moment).ConfigureAwait(false);
        if (!toegang.TryGet(out _))
            return toegang.RefusalAs<GeopendBestand>();
        var alle = await store.ListAsync(id, perceel, soort, ct).ConfigureAwait(false);
        var gevonden = alle.SelectMany(i => (i.Geldend?.Bestanden ?? []).Select(b => (i.Inschrijver, Bestand: b))).FirstOrDefault(x => x.Bestand.UploadId == uploadId);
        if (gevonden.Inschrijver is null)
            return new Uitkomst<GeopendBestand>.NietGevonden();
        // Only the file as it was submitted (its ETag then); a blob changed since is not served.
        var inhoud = await blobs.DownloadAsync(InschrijvingBlobs.BlobNaam(id, perceel, soort, gevonden.Inschrijver, uploadId), new Azure.ETag(gevonden.Bestand.ETag), ct).ConfigureAwait(false);
        if (inhoud is null)
            return new Uitkomst<GeopendBestand>.NietGevonden();
        await store.AddAuditAsync(id, perceel, Event(time, actor, "Document van een geopende inschrijving gedownload", OpeningOnderwerp(id, perceel, soort),
            null, Json.Write(new { gevonden.Bestand.Document, gevonden.Bestand.Bestandsnaam, gevonden.Bestand.Sha256 })), ct).ConfigureAwait(false);
        return new GeopendBestand(gevonden.Bestand, inhoud);
    }
}
