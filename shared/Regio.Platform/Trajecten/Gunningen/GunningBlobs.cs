using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Regio.Domain.Trajecten;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>
/// Sent gunningsbrieven in the container "gunningsbrieven", at "{traject}/{perceel}/{verzending}/{inschrijver}.docx" (the
/// inschrijver key's "|" as "/"). A blob is only ever created (If-None-Match: *), so a sent letter is never overwritten;
/// a sending that failed halfway leaves blobs under its own verzending id that no row points to.
/// </summary>
public sealed class GunningBlobs(StorageClients clients)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private BlobContainerClient Container => clients.Container(Names.GunningsbrievenContainer);

    public static string BlobNaam(TrajectId traject, int perceel, string verzending, string inschrijver) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{traject}/{perceel}/{verzending}/{inschrijver.Replace('|', '/')}.docx");

    /// <returns>The SHA-256 (hex) of what was stored; null when the blob existed already.</returns>
    public async Task<string?> SaveAsync(string blobNaam, byte[] inhoud, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(inhoud));
        try
        {
            await Container.GetBlobClient(blobNaam).UploadAsync(new BinaryData(inhoud), new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                HttpHeaders = new BlobHttpHeaders { ContentType = ContentType },
                Metadata = new Dictionary<string, string> { ["sha256"] = sha256 },
            }, ct).ConfigureAwait(false);
            return sha256;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return null;
        }
    }

    /// <summary>The stored letter, streamed; null when it is missing.</summary>
    public async Task<Stream?> OpenAsync(string blobNaam, CancellationToken ct)
    {
        try
        {
            var download = await Container.GetBlobClient(blobNaam).DownloadStreamingAsync(cancellationToken: ct).ConfigureAwait(false);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
