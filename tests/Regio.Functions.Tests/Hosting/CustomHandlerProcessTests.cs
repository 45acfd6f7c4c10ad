using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Regio.Functions.Hosting;
using Regio.Tests;

namespace Regio.Functions.Tests.Hosting;

/// <summary>Starts the built app the way the Functions host does (host.json) and talks to it on the port the host names.</summary>
public class CustomHandlerProcessTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task App_started_like_the_functions_host_listens_on_FUNCTIONS_CUSTOMHANDLER_PORT()
    {
        var output = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = output, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.GetName().Name + ".dll");
        start.Environment[CustomHandler.PortVariable] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__ConnectionString"] = azurite.ConnectionString;
        start.Environment["Storage__Prefix"] = AzuriteFixture.NewPrefix();
        start.Environment["AzureAd__ClientId"] = Auth.TestTokens.Audience;
        using var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var response = await GetWhenListeningAsync(http, "/health", process);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    // The Functions host gives a custom handler 60 seconds to answer; so do we.
    private static async Task<HttpResponseMessage> GetWhenListeningAsync(HttpClient http, string path, Process process)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await http.GetAsync(path, TestContext.Current.CancellationToken);
            }
            catch (HttpRequestException) when (waited.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
