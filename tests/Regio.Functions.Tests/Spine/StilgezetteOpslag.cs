using System.Diagnostics;
using Regio.Platform.Storage.Development;
using Regio.Tests;

namespace Regio.Functions.Tests.Spine;

/// <summary>
/// An Azurite of one test, keeping its data in a folder, that the test stops at a chosen point: at the first write
/// transaction (<c>$batch</c>) the app sends after <see cref="StopBijVolgendeTransactie"/>, seen through HttpClient's
/// diagnostic event for an outgoing request, which it raises before the request leaves. It is stopped with SIGTERM, so Azurite saves what it committed
/// (as real storage keeps it), and <see cref="StartOpnieuwAsync"/> brings it back on the same ports and folder.
/// </summary>
internal sealed class StilgezetteOpslag : IAsyncDisposable
{
    private readonly DirectoryInfo _map = Directory.CreateTempSubdirectory("regio-stilgezet-");
    private readonly IDisposable _luisteraar;
    private readonly List<IDisposable> _abonnementen = [];
    private AzuriteProcess? _azurite;
    private int _gewapend;

    private StilgezetteOpslag()
    {
        _luisteraar = DiagnosticListener.AllListeners.Subscribe(new Waarnemer<DiagnosticListener>(listener =>
        {
            if (listener.Name == "HttpHandlerDiagnosticListener")
            {
                lock (_abonnementen)
                    _abonnementen.Add(listener.Subscribe(new Waarnemer<KeyValuePair<string, object?>>(Bekijk)));
            }
        }));
    }

    public string ConnectionString => _azurite!.ConnectionString;

    /// <summary>How many times storage was stopped in the middle of a request.</summary>
    public int Gestopt { get; private set; }

    public static async Task<StilgezetteOpslag> StartAsync()
    {
        var opslag = new StilgezetteOpslag();
        opslag._azurite = await AzuriteProcess.StartAsync(AzuriteFixture.RepoRootPath, AzuriteProcess.FreePorts(), opslag._map.FullName, TestContext.Current.CancellationToken);
        return opslag;
    }

    public void StopBijVolgendeTransactie() => Volatile.Write(ref _gewapend, 1);

    public async Task StartOpnieuwAsync()
    {
        var poorten = _azurite!.Ports;
        await _azurite.DisposeAsync();
        _azurite = await AzuriteProcess.StartAsync(AzuriteFixture.RepoRootPath, poorten, _map.FullName, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _luisteraar.Dispose();
        lock (_abonnementen)
            _abonnementen.ForEach(a => a.Dispose());
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
        _map.Delete(recursive: true);
    }

    private void Bekijk(KeyValuePair<string, object?> gebeurtenis)
    {
        // The listener hears every HttpClient in the process, other tests' included: it must return at once and never
        // throw unless this test armed it and the request is a transaction sent to this test's own Azurite.
        if (Volatile.Read(ref _gewapend) == 0 || gebeurtenis.Key != "System.Net.Http.HttpRequestOut.Start" || _azurite is not { } azurite)
            return;
        var url = (gebeurtenis.Value?.GetType().GetProperty("Request")?.GetValue(gebeurtenis.Value) as HttpRequestMessage)?.RequestUri?.ToString();
        if (url is null || !url.Contains($":{azurite.Ports.Table}/", StringComparison.Ordinal) || !url.Contains("$batch", StringComparison.Ordinal)
            || Interlocked.Exchange(ref _gewapend, 0) == 0)
        {
            return;
        }
        // Synchronously, on the request's own thread: the transaction leaves only after storage is gone.
        using var stop = Process.Start("kill", ["-TERM", azurite.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        stop.WaitForExit();
        try
        {
            using var node = Process.GetProcessById(azurite.ProcessId);
            if (!node.WaitForExit(TimeSpan.FromSeconds(30)))
                throw new TimeoutException("Azurite stopte niet binnen 30 seconden na SIGTERM.");
        }
        catch (ArgumentException)
        {
            // Gone already.
        }
        Gestopt++;
    }
}

/// <summary>Calls <paramref name="volgende"/> for each value; what a diagnostic listener needs to be subscribed to.</summary>
internal sealed class Waarnemer<T>(Action<T> volgende) : IObserver<T>
{
    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void OnNext(T value) => volgende(value);
}
