using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Regio.Platform.Jobs;
using Regio.Tests;

namespace Regio.Functions.Tests.Signalen;

/// <summary>GET /api/organisaties/{organisatieId}/signalen after the job ran: an organisation reads its own, nobody else's.</summary>
public class SignaalApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The app on Thursday 26 May 2022, with the demo loaded and the signal job run once, as its schedule would.</summary>
    private static async Task<RegioAppFactory> NaDeTaakAsync(AzuriteFixture azurite)
    {
        var app = await new RegioAppFactory(azurite) { Klok = new FakeTimeProvider(new DateTimeOffset(2022, 5, 26, 9, 0, 0, TimeSpan.Zero)) }.LoadDemoDataAsync();
        var runner = app.Services.GetRequiredService<JobRunner>();
        var run = await runner.RunAsync(runner.Find("signalen")!, JobTrigger.Schema, Ct);
        Assert.True(run.Status == JobStatus.Gedaan, run.Samenvatting);
        return app;
    }

    [Fact]
    public async Task Haarlem_reads_its_own_milestone_signal_with_what_it_links_to()
    {
        await using var app = await NaDeTaakAsync(azurite);

        var response = await app.ClientAs("haarlem-lezer").GetAsync("/api/organisaties/haarlem/signalen", Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var signaal = Assert.Single(JsonDocument.Parse(body).RootElement.EnumerateArray());
        Assert.Equal(("MijlpaalNadert", "Mijlpaal ‘Gunning verwacht in mei’ van Gewoon in de Wijk staat gepland op dinsdag 31 mei 2022.", "gewoon-in-de-wijk"),
            (signaal.GetProperty("soort").GetString(), signaal.GetProperty("titel").GetString(), signaal.GetProperty("trajectId").GetString()));
        Assert.Equal(new DateTimeOffset(2022, 5, 31, 0, 0, 0, TimeSpan.FromHours(2)), signaal.GetProperty("moment").GetDateTimeOffset());
    }

    [Fact]
    public async Task Another_organisation_and_the_platform_beheerder_get_404_for_Haarlems_signals()
    {
        await using var app = await NaDeTaakAsync(azurite);

        await Problem.AssertAsync(await app.ClientAs("velsen-inkoper").GetAsync("/api/organisaties/haarlem/signalen", Ct), HttpStatusCode.NotFound, "Niet gevonden");
        await Problem.AssertAsync(await app.ClientAs("regio-coordinator").GetAsync("/api/organisaties/haarlem/signalen", Ct), HttpStatusCode.NotFound, "Niet gevonden");
        await Problem.AssertAsync(await app.ClientAs("platform-beheerder").GetAsync("/api/organisaties/haarlem/signalen", Ct), HttpStatusCode.NotFound, "Niet gevonden");
    }

    [Fact]
    public async Task A_Haarlem_colleague_without_a_role_is_told_to_ask_for_one()
    {
        await using var app = await NaDeTaakAsync(azurite);

        var detail = await Problem.AssertAsync(await app.ClientAs("haarlem-zonder-rol").GetAsync("/api/organisaties/haarlem/signalen", Ct), HttpStatusCode.Forbidden, "Geen toegang");

        Assert.Contains("rol", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_signals_route()
    {
        await using var app = new RegioAppFactory(azurite);

        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json", Ct);

        var pad = JsonDocument.Parse(json).RootElement.GetProperty("paths").EnumerateObject().Single(p => p.Name.EndsWith("/signalen", StringComparison.Ordinal));
        Assert.Equal("/api/organisaties/{organisatieId}/signalen", pad.Name);
        Assert.True(pad.Value.GetProperty("get").GetProperty("responses").TryGetProperty("404", out _), "De 404 hoort in het OpenAPI-document.");
    }
}
