using Azure;
using Regio.Platform.Storage;

namespace Regio.Platform.Health;

public sealed record OnderdeelStatus(string Onderdeel, bool Bereikbaar, string? Melding);

public sealed record OpslagStatus(IReadOnlyList<OnderdeelStatus> Onderdelen)
{
    public bool Gezond => Onderdelen.All(o => o.Bereikbaar);
}

/// <summary>Asks Table and Blob storage for something small and says, per service, whether it answered.</summary>
public sealed class StorageHealth(StorageClients clients)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<OpslagStatus> CheckAsync(CancellationToken cancellationToken)
    {
        var table = Probe("Table Storage", async ct => await clients.Tables.QueryAsync(maxPerPage: 1, cancellationToken: ct).AsPages().GetAsyncEnumerator(ct).MoveNextAsync().ConfigureAwait(false), cancellationToken);
        var blob = Probe("Blob Storage", ct => clients.Container(Names.PublicatiesContainer).ExistsAsync(ct), cancellationToken);
        return new OpslagStatus(await Task.WhenAll(table, blob).ConfigureAwait(false));
    }

    private static async Task<OnderdeelStatus> Probe(string onderdeel, Func<CancellationToken, Task> probe, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await probe(timeout.Token).ConfigureAwait(false);
            return new OnderdeelStatus(onderdeel, true, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new OnderdeelStatus(onderdeel, false, $"Geen antwoord binnen {Timeout.TotalSeconds} seconden.");
        }
        catch (RequestFailedException e) when (e.Status != 0)
        {
            return new OnderdeelStatus(onderdeel, false, $"Antwoordde met status {e.Status}.");
        }
        // After its retries the Azure SDK reports an unreachable service as an AggregateException of transport errors.
        catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException)
        {
            return new OnderdeelStatus(onderdeel, false, "Niet bereikbaar.");
        }
    }
}
