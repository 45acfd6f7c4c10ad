using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Regio.Platform.Storage.Development;

namespace Regio.Benchmarks;

/// <summary>
/// Cold start: from starting the built app as a process to its first 200 on /health, for Regio (Production, on Azurite,
/// as the Functions host's worker would run it, minus the host) against an empty ASP.NET Core app started the same way.
/// Regio's /health answers 200 only once Table and Blob storage answer, so this includes reaching storage.
/// The Ratio column is Regio's time over the empty app's; the goal is at most 1.5.
/// </summary>
[Config(typeof(Instellingen))]
public class KoudeStartBenchmarks
{
    private AzuriteProcess _azurite = null!;
    private Process? _app;
    // Long enough for a first request on a busy machine: a request that connected waits for its answer, and what is
    // measured stays the time to the first 200. "Not listening yet" is a refused connection, which fails at once.
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [GlobalSetup]
    public async Task SetupAsync() =>
        _azurite = await AzuriteProcess.StartAsync(RepoRoot.Find(AppContext.BaseDirectory), AzuriteProcess.FreePorts(), location: null, CancellationToken.None);

    [GlobalCleanup]
    public async Task CleanupAsync() => await _azurite.DisposeAsync();

    [Benchmark(Baseline = true, Description = "Lege ASP.NET Core-app")]
    public Task LegeAppAsync() => StartUntilHealthyAsync(typeof(LegeApp).Assembly.Location, LegeApp.Argument);

    [Benchmark(Description = "Regio")]
    public Task RegioAsync() => StartUntilHealthyAsync(
        typeof(KoudeStartBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RegioApp").Value!, null);

    [IterationCleanup]
    public void StopApp()
    {
        _app?.Kill(entireProcessTree: true);
        _app?.WaitForExit();
        _app?.Dispose();
        _app = null;
    }

    private async Task StartUntilHealthyAsync(string dll, string? argument)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        if (argument is not null)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__ConnectionString"] = _azurite.ConnectionString;
        start.Environment["Storage__Prefix"] = "koudestart";
        start.Environment["AzureAd__ClientId"] = "7e57de40-0000-4000-8000-00000000de40";
        _app = Process.Start(start)!;
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();
        var health = new Uri($"http://127.0.0.1:{port}/health");
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_app.HasExited || waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException($"{Path.GetFileName(dll)} gaf binnen 60 seconden geen 200 op /health.");
            }
            try
            {
                using var response = await Http.GetAsync(health);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(10);
        }
    }

    /// <summary>
    /// The harness runs in this process (in-process toolchain): what it measures are the processes it starts, so it needs
    /// no build of its own, which would compile both apps once more.
    /// </summary>
    private sealed class Instellingen : ManualConfig
    {
        public Instellingen() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(10)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
