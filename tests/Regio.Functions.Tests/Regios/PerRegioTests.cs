using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Regio.Domain.Regios;
using Regio.Platform.Audit;
using Regio.Platform.Regios;
using Regio.Tests;

namespace Regio.Functions.Tests.Regios;

/// <summary>
/// Everything regional is found per regio: the public page per regio, the start page's choice once there are two, the
/// regional API under /api/regios/{regioId} (the old addresses still answer), and a refusal on create that says why.
/// The second regio is a made-up Wmo cooperation on the coast (demo) with Velsen and Kustdorp.
/// </summary>
public class PerRegioTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<RegioAppFactory> MetTweeRegiosAsync(AzuriteFixture azurite)
    {
        var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var kust = new Domain.Regios.Regio(new RegioId("kust-wmo"), "Kust Wmo-samenwerking (demo)",
            [new Gemeente(new GemeenteId("kustdorp"), "Kustdorp (demo)", "Kust"), new Gemeente(new GemeenteId("velsen"), "Velsen", "Kust")]);
        var audit = new AuditEvent(DateTimeOffset.UnixEpoch, "test", "Regio aangemaakt", "regio:kust-wmo", null, null);
        Assert.True(await app.Services.GetRequiredService<RegioStore>().AddAsync(kust, audit, Ct));
        return app;
    }

    [Fact]
    public async Task Creating_a_traject_for_another_gemeente_is_refused_with_403_saying_who_can()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs("velsen-inkoper").PostAsJsonAsync("/api/trajecten",
            new { id = "haarlem-door-velsen", naam = "Niet van Velsen (demo)", eigenaar = "gemeente:haarlem", procedure = "Openbaar" }, Ct);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.Forbidden, "Geen toegang");
        Assert.Contains("alleen een inkoper van die gemeente", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientAs("haarlem-inkoper").GetAsync("/api/trajecten/haarlem-door-velsen", Ct)).StatusCode);
    }

    [Fact]
    public async Task Each_regio_has_its_public_page_and_an_unknown_one_is_a_404_page()
    {
        await using var app = await MetTweeRegiosAsync(azurite);
        var client = app.CreateClient();

        var zk = await client.GetStringAsync("/regio/zk-ijmond", Ct);
        var kust = await client.GetStringAsync("/regio/kust-wmo", Ct);
        var onbekend = await client.GetAsync("/regio/nergens", Ct);

        Assert.Contains("Regio Zuid-Kennemerland en IJmond", zk, StringComparison.Ordinal);
        Assert.Contains("Kustdorp (demo)", kust, StringComparison.Ordinal);
        Assert.DoesNotContain("Haarlem", kust, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, onbekend.StatusCode);
        Assert.Contains("Deze regio bestaat niet", await onbekend.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_two_regios_a_visitor_chooses_and_a_signed_in_person_lands_in_their_own()
    {
        await using var app = await MetTweeRegiosAsync(azurite);

        var bezoeker = await app.CreateClient().GetStringAsync("/", Ct);
        var haarlem = await app.ClientAs("haarlem-inkoper").GetStringAsync("/", Ct);
        var velsen = await app.ClientAs("velsen-inkoper").GetStringAsync("/", Ct);

        Assert.Contains("Kies een regio", bezoeker, StringComparison.Ordinal);
        Assert.Contains("href=\"/regio/kust-wmo\"", bezoeker, StringComparison.Ordinal);
        Assert.Contains("href=\"/regio/zk-ijmond\"", bezoeker, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Regio Zuid-Kennemerland en IJmond</h1>", haarlem, StringComparison.Ordinal);
        // Velsen takes part in both, so it chooses, with its own two first.
        Assert.Contains("data-testid=\"eigen-regios\"", velsen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_regional_api_answers_under_api_regios_and_still_at_the_old_addresses()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var noor = app.ClientAs("regio-coordinator");

        var status = await noor.GetAsync("/api/regios/zk-ijmond/status", Ct);
        var oudeStatus = await noor.GetAsync("/api/regio/zk-ijmond/status", Ct);
        var keuzes = await noor.GetAsync("/api/regios/zk-ijmond/gedeelde-keuzes", Ct);
        var ocds = await app.CreateClient().GetStringAsync("/api/regios/zk-ijmond/ocds/releases", Ct);
        var oudeOcds = await app.CreateClient().GetAsync("/api/ocds/releases", Ct);

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal(await status.Content.ReadAsStringAsync(Ct), await oudeStatus.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, keuzes.StatusCode);
        Assert.Contains("Regio Zuid-Kennemerland en IJmond", ocds, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, oudeOcds.StatusCode);
    }

    [Fact]
    public async Task The_api_description_lists_the_regional_operations_once_at_their_new_address()
    {
        await using var app = new RegioAppFactory(azurite);

        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json", Ct);

        Assert.Contains("\"/api/regios/{regioId}/status\"", json, StringComparison.Ordinal);
        Assert.Contains("\"/api/regios/{regioId}/rapportages\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/api/regio/{regioId}/status\"", json, StringComparison.Ordinal);
    }
}
