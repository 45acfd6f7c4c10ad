using Microsoft.Extensions.Options;
using Regio.Platform.Demo;
using Regio.Platform.Storage;
using Regio.Platform.Storage.Development;

namespace Regio.Functions.Hosting;

/// <summary>
/// Makes sure the tables and containers exist and, where configured, loads the demo region. Runs in the
/// background and keeps trying while storage is unreachable, so the app starts (and /health says 503) meanwhile.
/// </summary>
public sealed partial class StorageStartup(
    StorageInitializer initializer, DemoDataLoader demo, IOptions<StartupOptions> options,
    IHostEnvironment environment, ILogger<StorageStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path at once: the host starts the next service (and the server) while this reaches storage.
        await Task.Yield();
        var wait = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                return;
            }
            // An unreachable storage surfaces as RequestFailedException, or as AggregateException after the SDK's retries.
            catch (Exception e) when (e is Azure.RequestFailedException or AggregateException or HttpRequestException or TimeoutException)
            {
                LogRetry(logger, wait, e.Message);
                await Task.Delay(wait, stoppingToken);
                wait = TimeSpan.FromSeconds(Math.Min(wait.TotalSeconds * 2, 60));
            }
        }
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadDemoData)
        {
            await initializer.EnsureCreatedAsync(cancellationToken);
            return;
        }
        var path = string.IsNullOrWhiteSpace(options.Value.DemoDataPath)
            ? RepoRoot.FindDemoData(environment.ContentRootPath)
            : options.Value.DemoDataPath;
        if (path is null || !File.Exists(path))
        {
            LogNoDemoData(logger, RepoRoot.DemoDataRelativePath);
            await initializer.EnsureCreatedAsync(cancellationToken);
            return;
        }
        // The loader makes the tables and containers first.
        await demo.LoadAsync(await DemoDataSet.ReadAsync(path, cancellationToken), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Opslag niet bereikbaar, nieuwe poging over {Wait}: {Reason}")]
    private static partial void LogRetry(ILogger logger, TimeSpan wait, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demogegevens niet gevonden ({Path} naast de checkout); de demoregio wordt niet geladen")]
    private static partial void LogNoDemoData(ILogger logger, string path);
}
