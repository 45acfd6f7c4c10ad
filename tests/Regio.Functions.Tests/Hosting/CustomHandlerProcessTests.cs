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
        await AlsCustomHandlerAsync(async (http, process) =>
        {
            var response = await GetWhenListeningAsync(http, new HttpRequestMessage(HttpMethod.Get, "/health"), process);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });
    }

    /// <summary>
    /// The host proxies with YARP's default transforms: from 127.0.0.1, over http, with the browser's scheme and host in
    /// X-Forwarded-Proto and X-Forwarded-Host. Sign-in redirects (and so the Entra redirect URI, built the same way) must go
    /// to the public https address, not to the port the host talks to.
    /// </summary>
    [Fact]
    public async Task Behind_the_functions_host_the_sign_in_redirect_goes_to_the_public_https_address_the_browser_used()
    {
        await AlsCustomHandlerAsync(async (http, process) =>
        {
            var doorgestuurd = new HttpRequestMessage(HttpMethod.Get, "/mijn");
            doorgestuurd.Headers.Add("X-Forwarded-Proto", "https");
            doorgestuurd.Headers.Add("X-Forwarded-Host", "regio-demo.azurewebsites.net");
            doorgestuurd.Headers.Add("X-Forwarded-For", "203.0.113.7");
            var achterDeHost = await GetWhenListeningAsync(http, doorgestuurd, process);
            var rechtstreeks = await http.GetAsync("/mijn", TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.Redirect, achterDeHost.StatusCode);
            Assert.StartsWith("https://regio-demo.azurewebsites.net/aanmelden?", achterDeHost.Headers.Location?.ToString(), StringComparison.Ordinal);
            // Without the host's headers nothing is made up: the app answers with the address it was asked on.
            Assert.StartsWith($"http://{http.BaseAddress!.Authority}/aanmelden?", rechtstreeks.Headers.Location?.ToString(), StringComparison.Ordinal);
        });
    }

    /// <summary>Starts the built app as the Functions host does (Production, its port in FUNCTIONS_CUSTOMHANDLER_PORT) and stops it after.</summary>
    private async Task AlsCustomHandlerAsync(Func<HttpClient, Process, Task> test)
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
            // The host passes redirects on to the browser, so the client here does not follow them either.
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await test(http, process);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    // The Functions host gives a custom handler 60 seconds to answer; so do we.
    private static async Task<HttpResponseMessage> GetWhenListeningAsync(HttpClient http, HttpRequestMessage request, Process process)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await http.SendAsync(Kopie(request), TestContext.Current.CancellationToken);
            }
            catch (HttpRequestException) when (waited.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }
        }
    }

    /// <summary>A request can be sent once; each try sends a copy.</summary>
    private static HttpRequestMessage Kopie(HttpRequestMessage request)
    {
        var kopie = new HttpRequestMessage(request.Method, request.RequestUri);
        foreach (var (naam, waarden) in request.Headers)
            kopie.Headers.TryAddWithoutValidation(naam, waarden);
        return kopie;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
