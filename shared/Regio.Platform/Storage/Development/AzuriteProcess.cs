using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Regio.Platform.Storage.Development;

/// <summary>
/// Azurite, started from the repository's own node_modules: for `dotnet run` (data kept on disk) and for
/// test runs (in memory, on free ports). Never used in Azure.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;

    private AzuriteProcess(Process process, AzuritePorts ports)
    {
        _process = process;
        Ports = ports;
    }

    public AzuritePorts Ports { get; }

    /// <summary>The node process, for a test that stops storage as an outage would (SIGTERM: Azurite saves its data first).</summary>
    public int ProcessId => _process.Id;

    public string ConnectionString => ConnectionStringFor(Ports);

    public static string ConnectionStringFor(AzuritePorts ports) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{ports.Blob}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{ports.Queue}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{ports.Table}/devstoreaccount1;";

    /// <summary>True when something answers on both the blob and the table port.</summary>
    public static bool IsListening(AzuritePorts ports) => IsOpen(ports.Blob) && IsOpen(ports.Table);

    /// <param name="repoRoot">The folder with package.json and node_modules.</param>
    /// <param name="location">Where Azurite keeps its data; null keeps it in memory.</param>
    public static async Task<AzuriteProcess> StartAsync(string repoRoot, AzuritePorts ports, string? location, CancellationToken cancellationToken)
    {
        var script = Path.Combine(repoRoot, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is niet geïnstalleerd: {script} ontbreekt. Voer 'npm ci' uit in {repoRoot}.");
        }
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = repoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var arg in Arguments(ports, location))
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite kon niet worden gestart.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, ports);
        await azurite.WaitUntilListeningAsync(cancellationToken).ConfigureAwait(false);
        return azurite;
    }

    public static AzuritePorts FreePorts() => new(FreePort(), FreePort(), FreePort());

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
        _process.Dispose();
    }

    private static IEnumerable<string> Arguments(AzuritePorts ports, string? location)
    {
        string[] common =
        [
            "--blobHost", "127.0.0.1", "--blobPort", $"{ports.Blob}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{ports.Queue}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{ports.Table}",
            "--disableTelemetry", "--skipApiVersionCheck", "--silent",
        ];
        // --inMemoryPersistence cannot be combined with --location.
        return location is null ? [.. common, "--inMemoryPersistence"] : [.. common, "--location", location];
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (!IsListening(Ports))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Azurite stopte direct na het starten (exitcode {_process.ExitCode}); zijn de poorten {Ports} vrij?");
            }
            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                await DisposeAsync().ConfigureAwait(false);
                throw new TimeoutException($"Azurite luisterde na 60 seconden nog niet op {Ports}.");
            }
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsOpen(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed record AzuritePorts(int Blob, int Queue, int Table)
{
    /// <summary>The ports every Azure tool expects by default (UseDevelopmentStorage=true).</summary>
    public static readonly AzuritePorts Default = new(10000, 10001, 10002);

    public override string ToString() => $"blob {Blob}, queue {Queue}, table {Table}";
}
