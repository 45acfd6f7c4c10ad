using Azure;
using Microsoft.Extensions.Logging;

namespace Regio.Platform.Storage;

/// <summary>Creates the tables and containers that do not exist yet. In Azure the Bicep has made them already.</summary>
public sealed partial class StorageInitializer(StorageClients clients, ILogger<StorageInitializer> logger)
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var table in Names.Tables)
        {
            await clients.Table(table).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
        foreach (var container in Names.Containers)
        {
            try
            {
                await clients.Container(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Created by another instance between our check and our create.
            }
        }
        await UploadCors.ZetVoorAzuriteAsync(clients, cancellationToken).ConfigureAwait(false);
        LogGereed(logger, Names.Tables.Count, Names.Containers.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opslag gereed: {TableCount} tabellen, {ContainerCount} containers")]
    private static partial void LogGereed(ILogger logger, int tableCount, int containerCount);
}
