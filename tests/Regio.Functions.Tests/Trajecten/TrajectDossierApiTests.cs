using System.Net;
using System.Net.Http.Json;
using Regio.Functions.Features.Trajecten;
using Regio.Tests;

namespace Regio.Functions.Tests.Trajecten;

/// <summary>Recording dossier facts, planning milestones and reading the history through the API.</summary>
public class TrajectDossierApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly object Dagbesteding = new
    {
        id = "dagbesteding-2027", naam = "Dagbesteding 2027 (demo)", eigenaar = "gemeente:haarlem", procedure = "Openbaar", percelen = new[] { "Noord" },
    };

    private static async Task<(HttpResponseMessage Response, TrajectDetailView? Traject)> PostAsync(HttpClient client, string url, object body, string? etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }
        var response = await client.SendAsync(request, Ct);
        return (response, response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<TrajectDetailView>(Ct) : null);
    }

    [Fact]
    public async Task Inkoper_records_the_announcement_and_then_announces_the_perceel()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var created = await inkoper.PostAsJsonAsync("/api/trajecten", Dagbesteding, Ct);
        var vandaag = Testklok.Vandaag.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (feit, traject) = await PostAsync(inkoper, "/api/trajecten/dagbesteding-2027/percelen/1/dossier", new { soort = "Aankondiging", datum = vandaag }, created.Headers.ETag!.ToString());
        var (fase, na) = await PostAsync(inkoper, "/api/trajecten/dagbesteding-2027/percelen/1/fase", new { naar = "Aangekondigd" }, feit.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.OK, fase.StatusCode);
        Assert.Equal(vandaag, traject!.Percelen[0].Dossier.AankondigingGepubliceerd?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("Aangekondigd", true), (na!.Percelen[0].Fase, na.Gepubliceerd));
    }

    [Theory]
    [InlineData("""{"soort":"Veiling","datum":"2026-01-05"}""", "soort")]
    [InlineData("""{"soort":"Aankondiging"}""", "datum")]
    [InlineData("""{"soort":"ProcesVerbaal","datum":"2026-01-05","fase":"Koffie"}""", "fase")]
    [InlineData("""{"soort":"Uitspraak","datum":"2026-01-05","tekst":"Afgewezen"}""", "bezwaar")]
    public async Task A_fact_that_cannot_be_read_is_a_Dutch_400_naming_the_field(string body, string veld)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var created = await inkoper.PostAsJsonAsync("/api/trajecten", Dagbesteding, Ct);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/trajecten/dagbesteding-2027/percelen/1/dossier")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.ToString());
        var response = await inkoper.SendAsync(request, Ct);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        Assert.Contains($"\"{veld}\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(created.Headers.ETag, (await inkoper.GetAsync("/api/trajecten/dagbesteding-2027", Ct)).Headers.ETag);
    }

    [Fact]
    public async Task A_planned_milestone_is_moved_with_a_reason_and_shows_its_first_date()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var created = await inkoper.PostAsJsonAsync("/api/trajecten", Dagbesteding, Ct);

        var (plan, _) = await PostAsync(inkoper, "/api/trajecten/dagbesteding-2027/mijlpalen", new { soort = "ContractStart", omschrijving = "Start contract (demo)", datum = "2028-01-01" }, created.Headers.ETag!.ToString());
        var (zonderReden, _) = await PostAsync(inkoper, "/api/trajecten/dagbesteding-2027/mijlpalen/1/verschuiving", new { datum = "2028-04-01" }, plan.Headers.ETag!.ToString());
        var (verschuif, traject) = await PostAsync(inkoper, "/api/trajecten/dagbesteding-2027/mijlpalen/1/verschuiving", new { datum = "2028-04-01", reden = "Kort geding (demo)" }, plan.Headers.ETag!.ToString());

        await Problem.AssertAsync(zonderReden, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        Assert.Equal(HttpStatusCode.OK, verschuif.StatusCode);
        var mijlpaal = Assert.Single(traject!.Planning);
        Assert.Equal((new DateOnly(2028, 4, 1), new DateOnly(2028, 1, 1), "Gepland"), (mijlpaal.GeplandeDatum, mijlpaal.OorspronkelijkeDatum, mijlpaal.Stand));
        Assert.Equal("Kort geding (demo)", Assert.Single(mijlpaal.Verschuivingen).Reden);
    }

    [Fact]
    public async Task A_milestone_planned_for_1_March_2028_is_Gepland_with_the_days_still_to_go_whatever_the_real_day()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var created = await inkoper.PostAsJsonAsync("/api/trajecten", Dagbesteding, Ct);

        var (_, traject) = await PostAsync(inkoper, "/api/trajecten/dagbesteding-2027/mijlpalen",
            new { soort = "ContractStart", omschrijving = "Start contract (demo)", datum = "2028-03-01" }, created.Headers.ETag!.ToString());

        // From the pinned day, Monday 23 November 2026, to 1 March 2028.
        var mijlpaal = Assert.Single(traject!.Planning);
        Assert.Equal(("Gepland", 464), (mijlpaal.Stand, mijlpaal.Dagen));
    }

    [Fact]
    public async Task Recording_a_milestone_in_the_future_is_a_409_that_says_why()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var created = await inkoper.PostAsJsonAsync("/api/trajecten", Dagbesteding, Ct);
        var (plan, _) = await PostAsync(inkoper, "/api/trajecten/dagbesteding-2027/mijlpalen", new { soort = "Aankondiging", omschrijving = "Aankondiging (demo)", datum = "2099-01-01" }, created.Headers.ETag!.ToString());

        var (realisatie, _) = await PostAsync(inkoper, "/api/trajecten/dagbesteding-2027/mijlpalen/1/realisatie", new { datum = "2099-01-01" }, plan.Headers.ETag!.ToString());

        Assert.Contains("ligt na vandaag", await Problem.AssertAsync(realisatie, HttpStatusCode.Conflict, "Conflict"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_history_lists_every_change_with_its_author_and_the_chain_is_whole()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var created = await inkoper.PostAsJsonAsync("/api/trajecten", Dagbesteding, Ct);
        await PostAsync(inkoper, "/api/trajecten/dagbesteding-2027/percelen", new { naam = "Zuid" }, created.Headers.ETag!.ToString());

        var geschiedenis = await inkoper.GetFromJsonAsync<GeschiedenisView>("/api/trajecten/dagbesteding-2027/geschiedenis", Ct);
        var velsen = await app.ClientAs("velsen-inkoper").GetAsync("/api/trajecten/dagbesteding-2027/geschiedenis", Ct);

        Assert.Equal(["Traject aangemaakt", "Perceel toegevoegd"], geschiedenis!.Gebeurtenissen.Select(g => g.Actie));
        Assert.All(geschiedenis.Gebeurtenissen, g => Assert.Equal("Anna de Vries (demo)", g.Wie));
        Assert.True(geschiedenis.Keten.Heel, geschiedenis.Keten.Breuk);
        await Problem.AssertAsync(velsen, HttpStatusCode.NotFound, "Niet gevonden");
    }

    [Fact]
    public async Task The_demo_shows_huishoudelijke_ondersteuning_with_its_moved_start_and_kort_geding()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var traject = await app.ClientAs("velsen-inkoper").GetFromJsonAsync<TrajectDetailView>("/api/trajecten/huishoudelijke-ondersteuning-2022", Ct);

        var start = Assert.Single(traject!.Planning, m => m.Soort == "ContractStart");
        Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2022, 4, 1), "Gerealiseerd", 90), (start.OorspronkelijkeDatum, start.GeplandeDatum, start.Stand, start.Dagen));
        var kortGeding = Assert.Single(traject.Percelen[0].Dossier.Bezwaren);
        Assert.Equal(("KortGeding", (DateOnly?)new DateOnly(2022, 2, 14), false), (kortGeding.Soort, kortGeding.Uitspraak, kortGeding.Loopt));
    }
}
