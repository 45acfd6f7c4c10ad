using Regio.Platform.Storage.Development;

namespace Regio.Tests;

/// <summary>
/// One real Azurite per test assembly, in memory on free ports. Tests share it and keep apart by giving
/// every test its own table and container prefix (<see cref="NewPrefix"/>) instead of cleaning up.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public static string RepoRootPath { get; } = RepoRoot.Find(AppContext.BaseDirectory);

    public static string DemoDataPath { get; } = RepoRoot.FindDemoData(AppContext.BaseDirectory)
        ?? throw new FileNotFoundException($"{RepoRoot.DemoDataRelativePath} niet gevonden naast de checkout.");

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite is niet gestart.");

    /// <summary>A fresh name prefix: table and container names must start with a letter and be alphanumeric.</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    public async ValueTask InitializeAsync() =>
        _azurite = await AzuriteProcess.StartAsync(RepoRootPath, AzuriteProcess.FreePorts(), location: null, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
