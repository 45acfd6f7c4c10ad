using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Regio.Tests;
using static Regio.Functions.Tests.Budgetten.BudgetWijzigingApiTests;

namespace Regio.Functions.Tests.Regiostatus;

/// <summary>GET /api/regio/{regioId}/status: the facts of the seeds, what each reader sees, filters and refusals.</summary>
public class RegiostatusApiTests(AzuriteFixture azurite)
{
    private const string Pad = "/api/regio/zk-ijmond/status";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<JsonElement> StatusAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync(Pad + query, Ct);
        var tekst = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {tekst}");
        return JsonDocument.Parse(tekst).RootElement;
    }

    internal static JsonElement Traject(JsonElement status, string id) =>
        status.GetProperty("trajecten").EnumerateArray().Single(t => t.GetProperty("id").GetString() == id);

    internal static JsonElement Perceel(JsonElement traject, int nummer) =>
        traject.GetProperty("percelen").EnumerateArray().Single(p => p.GetProperty("nummer").GetInt32() == nummer);

    private static IEnumerable<string> Ids(JsonElement status) => status.GetProperty("trajecten").EnumerateArray().Select(t => t.GetProperty("id").GetString()!);

    [Fact]
    public async Task The_status_on_1_March_2022_reproduces_the_facts_of_the_raadsinformatiebrief()
    {
        var klok = new FakeTimeProvider(new DateTimeOffset(2022, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var app = await new RegioAppFactory(azurite) { Klok = klok }.LoadDemoDataAsync();

        var regio = await StatusAsync(app.ClientAs("regio-coordinator"));
        var haarlem = await StatusAsync(app.ClientAs("haarlem-inkoper"));

        Assert.Equal("2022-03-01", regio.GetProperty("peildatum").GetString());
        var jeugdhulp = Traject(regio, "jeugdhulp-2023");
        Assert.Equal(("Dialoog", "2022-01-19"), (Perceel(jeugdhulp, 1).GetProperty("fase").GetString(), Perceel(jeugdhulp, 1).GetProperty("faseSinds").GetString()));
        Assert.Equal("Voorbereiding", Perceel(jeugdhulp, 2).GetProperty("fase").GetString());
        var volgende = jeugdhulp.GetProperty("volgendeMijlpaal");
        Assert.Equal(("Start dialoogfase perceel 2", "2022-03-30", true), (volgende.GetProperty("omschrijving").GetString(), volgende.GetProperty("geplandeDatum").GetString(), volgende.GetProperty("opTijd").GetBoolean()));

        var ho = Perceel(Traject(haarlem, "huishoudelijke-ondersteuning-2022"), 1);
        Assert.Equal(("VoorlopigeGunning", "2021-12-16"), (ho.GetProperty("fase").GetString(), ho.GetProperty("faseSinds").GetString()));
        var kortGeding = ho.GetProperty("bezwaren").EnumerateArray().Single(b => b.GetProperty("soort").GetString() == "KortGeding");
        Assert.Equal(("2022-02-14", false), (kortGeding.GetProperty("uitspraak").GetString(), kortGeding.GetProperty("open").GetBoolean()));
        Assert.Equal("alle vorderingen afgewezen", kortGeding.GetProperty("uitkomst").GetString());
        Assert.Equal(0, ho.GetProperty("openBezwaren").GetInt32());
        var start = Assert.Single(ho.GetProperty("contractmomenten").EnumerateArray());
        Assert.Equal(("Start", "2022-04-01", "2022-01-01"),
            (start.GetProperty("soort").GetString(), start.GetProperty("datum").GetString(), start.GetProperty("oorspronkelijkeDatum").GetString()));
        Assert.DoesNotContain("huishoudelijke-ondersteuning-2022", Ids(regio));
    }

    [Fact]
    public async Task A_filter_narrows_the_status_and_a_value_that_is_no_choice_is_refused_in_Dutch()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var haarlem = app.ClientAs("haarlem-lezer");

        Assert.Equal(["jeugdhulp-2023", "gewoon-in-de-wijk", "huishoudelijke-ondersteuning-2022"], Ids(await StatusAsync(haarlem)));
        Assert.Equal(["jeugdhulp-2023"], Ids(await StatusAsync(haarlem, "?domein=jeugd")));
        Assert.Equal(["huishoudelijke-ondersteuning-2022"], Ids(await StatusAsync(haarlem, "?fase=Gecontracteerd")));
        Assert.Equal(["jeugdhulp-2023"], Ids(await StatusAsync(haarlem, "?gemeente=velsen")));
        Assert.Empty(Ids(await StatusAsync(app.ClientAs("regio-coordinator"), "?domein=Wmo")));
        var fout = await haarlem.GetAsync(Pad + "?fase=Gegund&gemeente=amsterdam&domein=3", Ct);
        var probleem = JsonDocument.Parse(await fout.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Equal("application/problem+json", fout.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Kies een fase", probleem.GetProperty("errors").GetProperty("fase")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Kies een gemeente van de regio", probleem.GetProperty("errors").GetProperty("gemeente")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Kies een domein", probleem.GetProperty("errors").GetProperty("domein")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jeugdzorg-tekenbevoegde", HttpStatusCode.NotFound)]
    [InlineData("platform-beheerder", HttpStatusCode.NotFound)]
    [InlineData("haarlem-zonder-rol", HttpStatusCode.Forbidden)]
    [InlineData("haarlem-beoordelaar", HttpStatusCode.Forbidden)]
    public async Task Someone_outside_the_regio_gets_404_and_a_colleague_without_a_reading_role_403(string actor, HttpStatusCode verwacht)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs(actor).GetAsync(Pad, Ct);
        var anderRegio = await app.ClientAs("regio-coordinator").GetAsync("/api/regio/elders/status", Ct);

        Assert.Equal(verwacht, response.StatusCode);
        Assert.DoesNotContain("jeugdhulp", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, anderRegio.StatusCode);
    }

    [Fact]
    public async Task The_coordinators_status_never_contains_a_gemeentes_budget_lines_or_lokale_keuzes()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        await Budgetten.AandeelPostApiTests.VerdeelAsync(app);
        var budgethouder = app.ClientAs("haarlem-budgethouder");
        var (budget, etag) = await JeugdAsync(budgethouder);
        var jaren = budget.GetProperty("jaren").EnumerateArray().Select(j => j.GetInt32()).ToList();
        await JsonAsync(await SendAsync(budgethouder, HttpMethod.Post, "/api/gemeenten/haarlem/budget/jeugd/posten",
            new { post = "2299 Zeemeeuwfonds (demo)", bedragen = jaren.Select(j => new { jaar = j, bedrag = 7_654_321L }), reden = "Raadsbesluit (demo)" }, etag));
        await JsonAsync(await SendAsync(budgethouder, HttpMethod.Put, "/api/gemeenten/haarlem/budget/aandelen/jeugdhulp-2023/1/post", new { post = "2299 Zeemeeuwfonds (demo)" }, null));
        foreach (var gedeeld in new[] { true, false })
        {
            await JsonAsync(await app.ClientAs("haarlem-beleidsmedewerker").PostAsJsonAsync("/api/gemeenten/haarlem/lokale-keuzes", new
            {
                naam = $"Wijkteam Zeemeeuw {gedeeld} (demo)", onderwerp = "Toegang", omschrijving = "Kwartiermakers aan de Zeemeeuwlaan (demo)", gedeeldMetRegio = gedeeld,
            }, Ct));
        }

        var coordinator = (await StatusAsync(app.ClientAs("regio-coordinator"))).GetRawText();
        var eigen = (await StatusAsync(budgethouder)).GetRawText();

        Assert.Contains("3000000", coordinator, StringComparison.Ordinal);
        foreach (var geheim in new[] { "Zeemeeuw", "7654321", "Kwartiermakers", "2201 Ambulante jeugdhulp" })
        {
            Assert.False(coordinator.Contains(geheim, StringComparison.Ordinal), $"De status van de regiocoördinator bevat '{geheim}' van Haarlem.");
        }
        Assert.Contains("2299 Zeemeeuwfonds (demo)", eigen, StringComparison.Ordinal);
        Assert.Contains("7654321", eigen, StringComparison.Ordinal);
        Assert.DoesNotContain("Kwartiermakers", eigen, StringComparison.Ordinal);
        Assert.All((await StatusAsync(budgethouder)).GetProperty("trajecten").EnumerateArray().SelectMany(t => t.GetProperty("percelen").EnumerateArray()),
            p => Assert.Equal(JsonValueKind.Null, p.GetProperty("verdeling").ValueKind));
    }
}
