using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Sas;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>A file as storage holds it: its committed size and the ETag that proves it is still that file.</summary>
public sealed record BlobStand(long Grootte, ETag ETag);

/// <summary>
/// The files of sealed submissions in the inschrijvingen container, at "{traject}/{perceel}/{moment}/{inschrijver}/{uploadId}"
/// (the inschrijver key's "|" becomes "/"). Browsers write them straight into storage with a short-lived SAS for one
/// blob; the app itself only reads them to verify a submission and, after the opening, to serve them.
/// </summary>
public sealed class InschrijvingBlobs(StorageClients clients)
{
    private BlobContainerClient Container => clients.Container(Names.InschrijvingenContainer);

    public static string BlobNaam(TrajectId traject, int perceel, Momentsoort soort, string inschrijver, string uploadId) =>
        $"{traject}/{perceel}/{Indienmoment.Naam(soort)}/{inschrijver.Replace('|', '/')}/{uploadId}";

    /// <summary>
    /// A write-only SAS for one blob. With the account key (Azurite, locally) a service SAS with create and write: Azurite
    /// asks write for staging and committing blocks. With Entra ID (Azure) a user delegation SAS with create only, which
    /// lets a browser stage and commit the blocks of a new blob but never overwrite one that exists.
    /// </summary>
    public async Task<Uri> GetUploadUriAsync(string blobNaam, DateTimeOffset nu, DateTimeOffset verloopt, CancellationToken ct)
    {
        var blob = Container.GetBlobClient(blobNaam);
        var sas = new BlobSasBuilder
        {
            BlobContainerName = Container.Name,
            BlobName = blobNaam,
            Resource = "b",
            StartsOn = nu.AddMinutes(-5),
            ExpiresOn = verloopt,
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
        };
        if (blob.CanGenerateSasUri)
        {
            sas.SetPermissions(BlobSasPermissions.Create | BlobSasPermissions.Write);
            return blob.GenerateSasUri(sas);
        }
        sas.SetPermissions(BlobSasPermissions.Create);
        var sleutel = await clients.Blobs.GetUserDelegationKeyAsync(nu.AddMinutes(-5), verloopt, ct).ConfigureAwait(false);
        return new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(sleutel.Value, clients.Blobs.AccountName) }.ToUri();
    }

    /// <summary>
    /// The committed blob's size and ETag with its content as a seekable stream, from one GET (no HEAD first); null when
    /// nothing is committed (no upload, or blocks staged but never committed). A file of any size passes through a small
    /// buffer, never whole through memory, and the stream refuses to read on if the blob changes.
    /// </summary>
    public async Task<(BlobStand Stand, Stream Inhoud)?> OpenAsync(string blobNaam, CancellationToken ct)
    {
        var blob = Container.GetBlobClient(blobNaam);
        try
        {
            var antwoord = (await blob.DownloadStreamingAsync(cancellationToken: ct).ConfigureAwait(false)).Value;
            var stand = new BlobStand(antwoord.Details.ContentLength, antwoord.Details.ETag);
            return (stand, new Blobleesstroom(blob, stand.ETag, stand.Grootte, antwoord.Content));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The file of a submission as stored then (If-Match its ETag), streamed; null when it is gone or was changed since.</summary>
    public async Task<Stream?> DownloadAsync(string blobNaam, ETag etag, CancellationToken ct)
    {
        try
        {
            var download = await Container.GetBlobClient(blobNaam).DownloadStreamingAsync(new BlobDownloadOptions
            {
                Conditions = new BlobRequestConditions { IfMatch = etag },
            }, ct).ConfigureAwait(false);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    }

    /// <summary>
    /// What an upload takes up in storage: its committed length plus the blocks staged but never committed; null when
    /// nothing lies under its name. One call, which (unlike reading the properties) also sees a blob that has only staged blocks.
    /// </summary>
    public async Task<long?> GetOmvangAsync(string blobNaam, CancellationToken ct)
    {
        try
        {
            var blokken = (await Container.GetBlockBlobClient(blobNaam).GetBlockListAsync(BlockListTypes.Uncommitted, cancellationToken: ct).ConfigureAwait(false)).Value;
            return blokken.BlobContentLength + blokken.UncommittedBlocks.Sum(b => b.SizeLong);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Removes an uploaded file that failed verification, so that nothing half-submitted stays behind.</summary>
    public async Task RemoveAsync(string blobNaam, CancellationToken ct)
    {
        try
        {
            await Container.GetBlobClient(blobNaam).DeleteIfExistsAsync(cancellationToken: ct).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
        }
    }
}
