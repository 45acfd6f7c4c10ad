using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Regio.Domain.Trajecten;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Stukken;

/// <summary>
/// The files of tender documents, at "{trajectId}/{stukId}/v{versie:D3}" in the publicaties container. A blob is only
/// ever created, with If-None-Match: *, so a published version can never be overwritten, not even by a race.
/// </summary>
public sealed partial class StukStore
{
    /// <summary>How long a blob without a row may exist before it counts as left behind by a publication that died.</summary>
    private static readonly TimeSpan Verweesd = TimeSpan.FromMinutes(15);

    private const string GeplaatstOp = "geplaatstop";

    private BlobContainerClient Container => clients.Container(Names.PublicatiesContainer);

    public static string BlobNaam(TrajectId trajectId, string stukId, int versie) =>
        string.Create(CultureInfo.InvariantCulture, $"{trajectId}/{stukId}/v{versie:D3}");

    /// <summary>
    /// Stores <paramref name="inhoud"/> from its current position as a new blob. Null, and nothing written, when the
    /// blob exists already: another publication of the same version got there first.
    /// </summary>
    public async Task<ETag?> UploadAsync(
        TrajectId trajectId, string stukId, int versie, Stream inhoud, string contentType, string sha256, DateTimeOffset nu, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            // The platform's clock, not the storage's, decides later whether a blob without a row was left behind.
            Metadata = new Dictionary<string, string> { ["sha256"] = sha256, [GeplaatstOp] = nu.ToString("O", CultureInfo.InvariantCulture) },
        };
        try
        {
            var response = await Container.GetBlobClient(BlobNaam(trajectId, stukId, versie)).UploadAsync(inhoud, options, cancellationToken).ConfigureAwait(false);
            return response.Value.ETag;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return null;
        }
    }

    /// <summary>Removes a blob this caller just wrote, and only that one (If-Match), when its row could not be written.</summary>
    public async Task RemoveAsync(TrajectId trajectId, string stukId, int versie, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await Container.GetBlobClient(BlobNaam(trajectId, stukId, versie))
                .DeleteIfExistsAsync(conditions: new BlobRequestConditions { IfMatch = etag }, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
        }
    }

    /// <summary>
    /// Removes a blob that no row lists and that is older than <see cref="Verweesd"/>: what a publication left behind when
    /// it died between upload and row. Only the caller knows that no row lists it. True when it was removed.
    /// </summary>
    public async Task<bool> RemoveOrphanAsync(TrajectId trajectId, string stukId, int versie, DateTimeOffset nu, CancellationToken cancellationToken)
    {
        var blob = Container.GetBlobClient(BlobNaam(trajectId, stukId, versie));
        try
        {
            var eigenschappen = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            // A blob this code did not write (no upload time) is never taken for a leftover.
            if (!eigenschappen.Value.Metadata.TryGetValue(GeplaatstOp, out var tekst)
                || !DateTimeOffset.TryParse(tekst, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var geplaatst)
                || nu - geplaatst < Verweesd)
            {
                return false;
            }
            await blob.DeleteAsync(conditions: new BlobRequestConditions { IfMatch = eigenschappen.Value.ETag }, cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return e.Status == 404;
        }
    }

    /// <summary>The stored bytes of a version, read as they stream; null when its blob is missing.</summary>
    public async Task<Stream?> OpenAsync(TrajectId trajectId, string stukId, int versie, CancellationToken cancellationToken)
    {
        try
        {
            var download = await Container.GetBlobClient(BlobNaam(trajectId, stukId, versie)).DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
