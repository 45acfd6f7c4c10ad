using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Regio.Platform.Storage.Development;
using Regio.Tests;

namespace Regio.Functions.Tests.Hosting;

public class ErrorAnswerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Unknown_route_is_a_Dutch_404_problem()
    {
        await using var app = new RegioAppFactory(azurite);

        var response = await app.CreateClient().GetAsync("/bestaat-niet", TestContext.Current.CancellationToken);

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "Niet gevonden");
    }

    [Fact]
    public async Task Unsupported_method_is_a_Dutch_405_problem()
    {
        await using var app = new RegioAppFactory(azurite);

        using var body = new StringContent("{}", Encoding.UTF8, "application/json");
        var response = await app.CreateClient().PostAsync("/api/regio", body, TestContext.Current.CancellationToken);

        await Problem.AssertAsync(response, HttpStatusCode.MethodNotAllowed, "Methode niet toegestaan");
    }

    [Theory]
    [InlineData("/api/regio")]
    [InlineData("/")]
    public async Task Storage_outage_is_a_503_problem_with_Retry_After(string path)
    {
        var ports = AzuriteProcess.FreePorts();
        await using var app = new RegioAppFactory(AzuriteProcess.ConnectionStringFor(ports));

        var response = await app.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.ServiceUnavailable, "Tijdelijk niet beschikbaar");
        Assert.Contains("niets gewijzigd", detail, StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.True(response.Headers.Contains("Content-Security-Policy"), "Het 503-antwoord mist de Content-Security-Policy.");
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, $"Cache-Control is '{response.Headers.CacheControl}', verwacht private, no-store.");
    }

    [Theory]
    [InlineData("", "Stuur ze als JSON-object")]
    [InlineData("null", "Stuur ze als JSON-object")]
    [InlineData("{\"naam\": ", "geen geldige JSON")]
    [InlineData("{\"aantal\": \"zeven\"}", "'$.aantal'")]
    public async Task Unreadable_json_is_a_Dutch_400_problem_that_names_the_field(string json, string expected)
    {
        await using var app = new RegioAppFactory(azurite).WithJsonEndpoint();

        using var body = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await app.CreateClient().PostAsync(JsonEndpoint.Path, body, TestContext.Current.CancellationToken);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        Assert.Contains(expected, detail, StringComparison.Ordinal);
    }
}

/// <summary>
/// The app has no JSON-accepting endpoint yet that anyone may call; this one is added behind the app's own
/// pipeline, so that bad JSON passes through the same error handling a real endpoint's would.
/// </summary>
internal static class JsonEndpoint
{
    public const string Path = "/test/json";

    public static WebApplicationFactory<Program> WithJsonEndpoint(this RegioAppFactory app) =>
        app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, Filter>()));

    private sealed record Voorbeeld(string Naam, int Aantal);

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseRouting();
            app.UseEndpoints(e => e.MapPost(Path, (Voorbeeld voorbeeld) => TypedResults.Ok(voorbeeld)).AllowAnonymous());
        };
    }
}
