using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Regio.Tests;

namespace Regio.Functions.Tests.Hosting;

/// <summary>Regio answers only for the host names it is configured with, so no link it writes names a made-up host.</summary>
public class AllowedHostsTests(AzuriteFixture azurite)
{
    private const string Platform = "regio.zk-ijmond.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpClient ClientFor(RegioAppFactory app, string host) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"https://{host}") });

    private static Task<RegioAppFactory> StartAsync(AzuriteFixture azurite) =>
        new RegioAppFactory(azurite, new Dictionary<string, string?> { ["AllowedHosts"] = Platform }, environment: "Production").LoadDemoDataAsync();

    [Theory]
    [InlineData("aanvaller.example")]
    [InlineData("regio.zk-ijmond.example.aanvaller.example")]
    [InlineData("localhost")]
    public async Task A_request_for_another_host_is_a_Dutch_400(string host)
    {
        await using var app = await StartAsync(azurite);

        var response = await ClientFor(app, host).GetAsync("/api/ocds/releases", Ct);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        Assert.Contains("niet bereikbaar op dit adres", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_open_data_names_the_configured_host_in_its_package_uri()
    {
        await using var app = await StartAsync(azurite);

        var response = await ClientFor(app, Platform).GetAsync("/api/ocds/releases", Ct);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Status {(int)response.StatusCode}");
        var uri = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("uri").GetString();
        Assert.Equal($"https://{Platform}/api/ocds/releases", uri);
    }

    [Fact]
    public async Task Out_of_the_box_the_app_answers_only_on_this_machine()
    {
        await using var app = await new RegioAppFactory(azurite, environment: "Production").LoadDemoDataAsync();

        var lokaal = await ClientFor(app, "localhost").GetAsync("/health", Ct);
        var anders = await ClientFor(app, "aanvaller.example").GetAsync("/health", Ct);

        Assert.True(lokaal.StatusCode == HttpStatusCode.OK, $"localhost: status {(int)lokaal.StatusCode}");
        Assert.True(anders.StatusCode == HttpStatusCode.BadRequest, $"aanvaller.example: status {(int)anders.StatusCode}");
    }
}
