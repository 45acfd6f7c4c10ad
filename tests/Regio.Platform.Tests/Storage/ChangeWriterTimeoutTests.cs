using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Tests.Storage;

/// <summary>
/// Storage that takes a connection and never answers: the SDK gives up after its network timeout and reports that as a
/// cancellation. That is storage unavailable (503 with Retry-After), not an error of ours; the caller's own cancellation is not.
/// </summary>
public sealed class ChangeWriterTimeoutTests : IDisposable
{
    private readonly TcpListener _stil = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _verbindingen = [];

    public ChangeWriterTimeoutTests()
    {
        _stil.Start();
        _ = AccepteerAsync();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Storage_that_does_not_answer_within_the_network_timeout_is_unavailable_not_an_exception()
    {
        var uitkomst = await ChangeWriter.WriteAsync(StilleTabel(), new AuditKeten("regio|demo", "traject|a"), [], Event(), Ct);

        Assert.IsType<WriteResult.Unavailable>(uitkomst);
    }

    [Fact]
    public async Task A_caller_that_cancels_gets_its_cancellation_back()
    {
        using var afbreken = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        afbreken.CancelAfter(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ChangeWriter.WriteAsync(StilleTabel(TimeSpan.FromSeconds(30)), new AuditKeten("regio|demo", "traject|a"), [], Event(), afbreken.Token));
    }

    public void Dispose()
    {
        _stil.Stop();
        _verbindingen.ForEach(v => v.Dispose());
    }

    private TableClient StilleTabel(TimeSpan? timeout = null)
    {
        var options = new TableClientOptions();
        options.Retry.NetworkTimeout = timeout ?? TimeSpan.FromMilliseconds(200);
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var poort = ((IPEndPoint)_stil.LocalEndpoint).Port;
        return new TableClient(new Uri($"http://127.0.0.1:{poort}/devstoreaccount1"), "trajecten",
            new TableSharedKeyCredential("devstoreaccount1", Convert.ToBase64String(new byte[64])), options);
    }

    private async Task AccepteerAsync()
    {
        try
        {
            while (true)
            {
                _verbindingen.Add(await _stil.AcceptTcpClientAsync());
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The listener stopped at the end of the test.
        }
    }

    private static AuditEvent Event() => new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero), "demo:test", "Gewijzigd", "traject:a", null, null);
}
