using Microsoft.Extensions.Options;
using Regio.Platform.Storage.Development;

namespace Regio.Functions.Hosting;

/// <summary>
/// On `dotnet run`: starts Azurite from the repository's node_modules on the default ports with its data in
/// .regio/azurite, or reuses one that already listens; stops the one it started when the app stops.
/// </summary>
public sealed partial class DevelopmentStorage(IOptions<StartupOptions> options, IHostEnvironment environment, ILogger<DevelopmentStorage> logger)
    : IHostedService, IAsyncDisposable
{
    private AzuriteProcess? _azurite;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.StartAzurite)
        {
            return;
        }
        if (AzuriteProcess.IsListening(AzuritePorts.Default))
        {
            LogReused(logger, AzuritePorts.Default);
            return;
        }
        var root = RepoRoot.Find(environment.ContentRootPath);
        var location = Path.Combine(root, ".regio", "azurite");
        Directory.CreateDirectory(location);
        _azurite = await AzuriteProcess.StartAsync(root, AzuritePorts.Default, location, cancellationToken);
        LogStarted(logger, AzuritePorts.Default, location);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
            _azurite = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Azurite draait al op {Ports}; die wordt gebruikt")]
    private static partial void LogReused(ILogger logger, AzuritePorts ports);

    [LoggerMessage(Level = LogLevel.Information, Message = "Azurite gestart op {Ports}, gegevens in {Location}")]
    private static partial void LogStarted(ILogger logger, AzuritePorts ports, string location);
}
