using Azure.Storage.Blobs.Models;

namespace Regio.Platform.Storage;

/// <summary>
/// Browsers PUT bid documents straight into Blob Storage, which the storage account must allow (CORS). In Azure the
/// Bicep sets that rule for the app's own origins; Azurite, locally and in tests, gets one for any origin here.
/// </summary>
internal static class UploadCors
{
    private const string Azurite = "devstoreaccount1";

    public static async Task ZetVoorAzuriteAsync(StorageClients clients, CancellationToken cancellationToken)
    {
        if (clients.Blobs.AccountName != Azurite)
            return;
        var eigenschappen = (await clients.Blobs.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value;
        if (eigenschappen.Cors.Any(r => r.AllowedMethods.Contains("PUT", StringComparison.Ordinal)))
            return;
        eigenschappen.Cors.Add(new BlobCorsRule { AllowedOrigins = "*", AllowedMethods = "PUT", AllowedHeaders = "*", ExposedHeaders = "*", MaxAgeInSeconds = 600 });
        await clients.Blobs.SetPropertiesAsync(eigenschappen, cancellationToken).ConfigureAwait(false);
    }
}
