using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace Regio.Platform.Storage;

/// <summary>The one place that knows how to reach Table and Blob storage.</summary>
public sealed class StorageClients
{
    private readonly string _prefix;

    /// <param name="policies">Added to both pipelines, once per request sent (retries too); none in the app. Tests count storage round trips with one.</param>
    public StorageClients(IOptions<StorageOptions> options, IEnumerable<HttpPipelinePolicy>? policies = null)
    {
        var o = options.Value;
        _prefix = o.Prefix;
        var tableOptions = new TableClientOptions();
        var blobOptions = new BlobClientOptions();
        ConfigureRetry(tableOptions.Retry);
        ConfigureRetry(blobOptions.Retry);
        foreach (var policy in policies ?? [])
        {
            tableOptions.AddPolicy(policy, HttpPipelinePosition.PerRetry);
            blobOptions.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }

        if (!string.IsNullOrWhiteSpace(o.ConnectionString))
        {
            Tables = new TableServiceClient(o.ConnectionString, tableOptions);
            Blobs = new BlobServiceClient(o.ConnectionString, blobOptions);
        }
        else if (o.TableServiceUri is not null && o.BlobServiceUri is not null)
        {
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = string.IsNullOrWhiteSpace(o.ManagedIdentityClientId) ? null : o.ManagedIdentityClientId,
            });
            Tables = new TableServiceClient(o.TableServiceUri, credential, tableOptions);
            Blobs = new BlobServiceClient(o.BlobServiceUri, credential, blobOptions);
        }
        else
        {
            throw new InvalidOperationException(
                "Opslag is niet ingesteld: geef Storage:ConnectionString, of Storage:TableServiceUri en Storage:BlobServiceUri.");
        }
    }

    public TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    public TableClient Table(string name) => Tables.GetTableClient(_prefix + name);

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(_prefix + name);

    // A request that cannot reach storage should fail within seconds, so that the caller gets a 503 quickly.
    private static void ConfigureRetry(RetryOptions retry)
    {
        retry.MaxRetries = 2;
        retry.Delay = TimeSpan.FromMilliseconds(200);
        retry.MaxDelay = TimeSpan.FromSeconds(1);
        retry.NetworkTimeout = TimeSpan.FromSeconds(10);
    }
}
