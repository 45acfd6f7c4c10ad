using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Regio.Functions.Tests.Auth;
using Regio.Platform.Demo;
using Regio.Tests;

namespace Regio.Functions.Tests.Hosting;

/// <summary>
/// Under the Functions host every request reaches Regio through its HTTP function. These tests call that function as the
/// worker does, with the HttpContext of the request, and see Regio's whole pipeline answer: sign-in, access, pages,
/// problem+json and the host's forwarded headers.
/// </summary>
public sealed class WorkerHttpFunctionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private WorkerApp? _worker;

    private WorkerApp Worker => _worker!;

    public async ValueTask InitializeAsync() => _worker = await WorkerApp.StartAsync(azurite);

    public ValueTask DisposeAsync()
    {
        _worker?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static Dictionary<string, string> Als(string demoGebruiker)
    {
        var gebruiker = DemoOrganisaties.Lees().Gebruikers.Single(g => g.Id == demoGebruiker);
        return new() { ["Authorization"] = "Bearer " + TestTokens.Mint(RegioAppFactory.TenantOf(gebruiker), gebruiker.ObjectId, gebruiker.Naam) };
    }

    [Fact]
    public async Task An_api_call_with_an_Entra_token_is_answered_by_Regios_endpoint()
    {
        var antwoord = await Worker.SendAsync("GET", "/api/beheer/taken", Als("platform-beheerder"));

        Assert.True(antwoord.Status == 200, $"Status {antwoord.Status}: {antwoord.Body}");
        Assert.StartsWith("application/json", antwoord.ContentType, StringComparison.Ordinal);
        var taken = JsonDocument.Parse(antwoord.Body).RootElement.EnumerateArray().Select(t => t.GetProperty("naam").GetString()).ToList();
        Assert.Contains("audit-controle", taken);
    }

    [Fact]
    public async Task A_page_is_rendered_in_the_layout_with_the_security_headers()
    {
        var antwoord = await Worker.SendAsync("GET", "/");

        Assert.Equal(200, antwoord.Status);
        Assert.StartsWith("text/html", antwoord.ContentType, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\"", antwoord.Body, StringComparison.Ordinal);
        Assert.Contains("Zuid-Kennemerland en IJmond", antwoord.Body, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", antwoord.Headers["Content-Security-Policy"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_request_gets_Regios_Dutch_problem_json()
    {
        var zonderAanmelding = await Worker.SendAsync("GET", "/api/beheer/taken");
        var geenBeheerder = await Worker.SendAsync("POST", "/api/beheer/taken/audit-controle/start", Als("haarlem-inkoper"));
        var onbekend = await Worker.SendAsync("GET", "/api/bestaat-niet", Als("haarlem-inkoper"));

        Assert.Equal((401, "application/problem+json"), (zonderAanmelding.Status, zonderAanmelding.ContentType));
        Assert.Equal(403, geenBeheerder.Status);
        Assert.Contains("Alleen een platformbeheerder", JsonDocument.Parse(geenBeheerder.Body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(404, onbekend.Status);
        Assert.Equal("Niet gevonden", JsonDocument.Parse(onbekend.Body).RootElement.GetProperty("title").GetString());
    }

    /// <summary>
    /// The host proxies over http from this machine with X-Forwarded-Proto, -Host and -For. Sign-in redirects (and so the
    /// Entra redirect URI, built the same way) must go to the public https address the browser used.
    /// </summary>
    [Fact]
    public async Task Behind_the_functions_host_the_sign_in_redirect_goes_to_the_public_https_address()
    {
        var antwoord = await Worker.SendAsync("GET", "/mijn", new Dictionary<string, string>
        {
            ["X-Forwarded-Proto"] = "https",
            ["X-Forwarded-Host"] = WorkerApp.PublicHost,
            ["X-Forwarded-For"] = "203.0.113.7",
        });

        Assert.Equal(302, antwoord.Status);
        Assert.StartsWith($"https://{WorkerApp.PublicHost}/aanmelden?", antwoord.Headers["Location"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behind_the_functions_host_the_open_data_names_the_public_host_and_a_made_up_forwarded_host_gets_400()
    {
        var echt = await Worker.SendAsync("GET", "/api/ocds/releases", Doorgestuurd(WorkerApp.PublicHost));
        var verzonnen = await Worker.SendAsync("GET", "/api/ocds/releases", Doorgestuurd("aanvaller.example"));

        Assert.True(echt.Status == 200, $"Status {echt.Status}: {echt.Body}");
        Assert.Equal($"https://{WorkerApp.PublicHost}/api/ocds/releases", JsonDocument.Parse(echt.Body).RootElement.GetProperty("uri").GetString());
        Assert.Equal((400, "application/problem+json"), (verzonnen.Status, verzonnen.ContentType));
    }

    /// <summary>
    /// Before Regio's pipeline the worker's own one runs, with the framework's host filter ahead of the forwarded headers:
    /// it sees the host's call to localhost, which must pass, or nothing would ever reach Regio.
    /// </summary>
    [Fact]
    public async Task The_workers_own_pipeline_lets_the_functions_hosts_call_to_localhost_through()
    {
        var bereikt = false;
        Action<IApplicationBuilder> pipeline = app => app.Run(_ =>
        {
            bereikt = true;
            return Task.CompletedTask;
        });
        foreach (var filter in Worker.Services.GetServices<IStartupFilter>().Reverse())
        {
            pipeline = filter.Configure(pipeline);
        }
        var builder = new ApplicationBuilder(Worker.Services);
        pipeline(builder);
        var context = new DefaultHttpContext { RequestServices = Worker.Services };
        context.Request.Method = "GET";
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost:54321");
        context.Request.Path = "/health";
        context.Request.Headers["X-Forwarded-Host"] = WorkerApp.PublicHost;
        context.Request.Headers["X-Forwarded-Proto"] = "https";

        await builder.Build()(context);

        Assert.True(bereikt, $"De eigen pipeline van de worker weigerde de aanroep van de Functions-host met status {context.Response.StatusCode}.");
    }

    private static Dictionary<string, string> Doorgestuurd(string host) => new()
    {
        ["X-Forwarded-Proto"] = "https",
        ["X-Forwarded-Host"] = host,
        ["X-Forwarded-For"] = "203.0.113.7",
    };
}
