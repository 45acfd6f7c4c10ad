using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Regio.Platform.Storage;

namespace Regio.Platform.Jobs;

/// <summary>
/// One run of a job at a time across all instances: a blob lease on jobs/{name}.lock. Azure's timer trigger is a
/// singleton per app, but a beheerder's start, a second app or the standalone scheduler are not, so the job holds
/// the lease itself and renews it while it runs.
/// </summary>
public sealed class JobLock(StorageClients clients)
{
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(20);

    /// <summary>The held lock, or null when another run holds it.</summary>
    public async Task<Held?> TryAcquireAsync(string jobName, CancellationToken cancellationToken)
    {
        var blob = clients.Container(Names.JobsContainer).GetBlobClient(jobName + ".lock");
        try
        {
            await blob.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // The lock blob exists already (and may be leased right now): that is the normal case.
        }
        var lease = blob.GetBlobLeaseClient();
        try
        {
            await lease.AcquireAsync(LeaseDuration, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
        return new Held(lease);
    }

    /// <summary>Renews the lease in the background until disposed, then releases it.</summary>
    public sealed class Held : IAsyncDisposable
    {
        private readonly BlobLeaseClient _lease;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewing;

        internal Held(BlobLeaseClient lease)
        {
            _lease = lease;
            _renewing = RenewAsync(_stop.Token);
        }

        private async Task RenewAsync(CancellationToken stop)
        {
            using var timer = new PeriodicTimer(RenewEvery);
            try
            {
                while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
                {
                    await _lease.RenewAsync(cancellationToken: stop).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (RequestFailedException)
            {
                // Lost the lease (storage unreachable for a minute): the job finishes; being idempotent, a parallel run is harmless.
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _renewing.ConfigureAwait(false);
            _stop.Dispose();
            try
            {
                await _lease.ReleaseAsync().ConfigureAwait(false);
            }
            catch (RequestFailedException)
            {
                // The lease expires by itself within a minute.
            }
        }
    }
}
