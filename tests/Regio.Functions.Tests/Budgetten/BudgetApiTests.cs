using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regio.Tests;

namespace Regio.Functions.Tests.Budgetten;

/// <summary>A gemeente's budget over HTTP: the documents' totals, import in two steps, and who gets nothing at all.</summary>
public class BudgetApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonElement DemoJson() => JsonDocument.Parse(File.ReadAllText(AzuriteFixture.DemoDataPath)).RootElement;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var tekst = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {tekst}");
        return JsonDocument.Parse(tekst).RootElement;
    }

    [Fact]
    public async Task Haarlems_totals_per_year_equal_the_totals_of_the_documents_in_the_demo_data()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var budget = await JsonAsync(await app.ClientAs("haarlem-budgethouder").GetAsync("/api/gemeenten/haarlem/budget", Ct));

        var documenten = DemoJson().GetProperty("budgetten").GetProperty("haarlem");
        foreach (var domein in new[] { "wmo", "jeugd" })
        {
            var verwacht = documenten.GetProperty(domein);
            var gelezen = budget.GetProperty("budgetten").EnumerateArray().Single(b => b.GetProperty("domein").GetString() == domein);
            var jaren = verwacht.GetProperty("jaren").EnumerateArray().Select(j => j.GetInt32()).ToList();
            var totalen = verwacht.GetProperty("totaal").EnumerateArray().Select(t => t.GetInt64() * 1000).ToList();
            Assert.Equal(jaren.Zip(totalen).ToList(), gelezen.GetProperty("totalen").EnumerateArray()
                .Select(t => (t.GetProperty("jaar").GetInt32(), t.GetProperty("bedrag").GetInt64())).ToList());
            Assert.Equal("Vastgesteld", gelezen.GetProperty("status").GetString());
        }
    }

    [Theory]
    [InlineData("Post;2026;2027\r\nA;1.000;veel\r\n", "bestand!C2", "Rij 2, kolom C")]
    [InlineData("Post;2026;;2028\r\nA;1;2;3\r\n", "bestand!C1", "Rij 1, kolom C")]
    [InlineData("Post;2026\r\nA;1\r\nB;2\r\nA;3\r\n", "bestand!A4", "Rij 4, kolom A")]
    public async Task A_malformed_sheet_is_refused_with_row_and_column_and_the_budget_stays_as_it_was(string csv, string sleutel, string plaats)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var client = app.ClientAs("haarlem-budgethouder");
        var voor = await client.GetStringAsync("/api/gemeenten/haarlem/budget", Ct);

        var response = await client.PostAsync("/api/gemeenten/haarlem/budget/import", Budgetbladen.Formulier("jeugd", csv), Ct);

        var tekst = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {tekst}");
        var melding = JsonDocument.Parse(tekst).RootElement.GetProperty("errors").GetProperty(sleutel)[0].GetString()!;
        Assert.StartsWith(plaats, melding, StringComparison.Ordinal);
        Assert.Equal(voor, await client.GetStringAsync("/api/gemeenten/haarlem/budget", Ct));
    }

    [Fact]
    public async Task A_budgethouder_previews_then_applies_an_import_with_a_reason_and_a_stale_preview_is_refused()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var client = app.ClientAs("haarlem-budgethouder");
        var eerste = await JsonAsync(await client.PostAsync("/api/gemeenten/haarlem/budget/import", Budgetbladen.Formulier("jeugd", Budgetbladen.Jeugd2026), Ct));
        var tweede = await JsonAsync(await client.PostAsync("/api/gemeenten/haarlem/budget/import", Budgetbladen.Formulier("jeugd", Budgetbladen.Jeugd2026), Ct));
        Assert.True(eerste.GetProperty("redenNodig").GetBoolean(), "Het demobudget is vastgesteld; een wijziging hoort een reden te vragen.");
        Assert.Equal(1, eerste.GetProperty("verwijderd").GetInt32());

        var zonderReden = await Toepassen(client, eerste, null);
        Assert.Equal(HttpStatusCode.BadRequest, zonderReden.StatusCode);
        var toegepast = await JsonAsync(await Toepassen(client, eerste, "Raadsbesluit begrotingswijziging (demo)"));
        var verouderd = await Toepassen(client, tweede, "Nog eens (demo)");

        Assert.Equal([29_500_000L, 29_500_000L], toegepast.GetProperty("totalen").EnumerateArray().Select(t => t.GetProperty("bedrag").GetInt64()));
        Assert.Equal(HttpStatusCode.PreconditionFailed, verouderd.StatusCode);
        var csv = await client.GetStringAsync("/api/gemeenten/haarlem/budget/export?domein=jeugd&formaat=csv", Ct);
        Assert.Equal(Budgetbladen.Jeugd2026.Replace(".", "", StringComparison.Ordinal), csv.TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task An_exported_xlsx_imports_again_without_changes()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var client = app.ClientAs("haarlem-budgethouder");
        var xlsx = await client.GetByteArrayAsync("/api/gemeenten/haarlem/budget/export?domein=wmo&formaat=xlsx", Ct);
        var form = new MultipartFormDataContent { { new StringContent("wmo"), "domein" }, { new ByteArrayContent(xlsx), "bestand", "wmo.xlsx" } };

        var voorvertoning = await JsonAsync(await client.PostAsync("/api/gemeenten/haarlem/budget/import", form, Ct));

        Assert.False(voorvertoning.GetProperty("heeftWijzigingen").GetBoolean(), voorvertoning.ToString());
        Assert.Equal(8, voorvertoning.GetProperty("posten").GetArrayLength());
    }

    private static Task<HttpResponseMessage> Toepassen(HttpClient client, JsonElement voorvertoning, string? reden)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/gemeenten/haarlem/budget/import/{voorvertoning.GetProperty("importId").GetString()}")
        {
            Content = JsonContent.Create(new { reden }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{voorvertoning.GetProperty("versie").GetString()}\"");
        return client.SendAsync(request, Ct);
    }

    [Theory]
    [InlineData("velsen-budgethouder")]
    [InlineData("regio-coordinator")]
    [InlineData("platform-beheerder")]
    public async Task Another_gemeente_and_the_regio_coordinator_get_404_on_Haarlems_budget_and_lokale_keuzes(string actor)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var client = app.ClientAs(actor);

        foreach (var pad in new[]
        {
            "/api/gemeenten/haarlem/budget", "/api/gemeenten/haarlem/budget?domein=jeugd", "/api/gemeenten/haarlem/budget/export?domein=jeugd&formaat=csv",
            "/api/gemeenten/haarlem/lokale-keuzes", "/api/gemeenten/haarlem/lokale-keuzes/sociaal-wijkteam",
        })
        {
            var response = await client.GetAsync(pad, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{actor} kreeg {(int)response.StatusCode} op {pad} in plaats van 404.");
        }
        var import = await client.PostAsync("/api/gemeenten/haarlem/budget/import", Budgetbladen.Formulier("jeugd", Budgetbladen.Jeugd2026), Ct);
        Assert.Equal(HttpStatusCode.NotFound, import.StatusCode);
    }

    [Fact]
    public async Task Haarlems_lokale_keuzes_are_Gewoon_in_de_Wijk_and_a_shared_keuze_is_the_only_one_the_coordinator_reads()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var haarlem = app.ClientAs("haarlem-beleidsmedewerker");
        var keuzes = await JsonAsync(await haarlem.GetAsync("/api/gemeenten/haarlem/lokale-keuzes", Ct));
        Assert.Equal(["sociale-basis", "sociaal-wijkteam", "aanvullende-ondersteuning"],
            keuzes.EnumerateArray().Select(k => k.GetProperty("id").GetString()).Order().Reverse());

        var wijkteam = keuzes.EnumerateArray().Single(k => k.GetProperty("id").GetString() == "sociaal-wijkteam");
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/gemeenten/haarlem/lokale-keuzes/sociaal-wijkteam")
        {
            Content = JsonContent.Create(new
            {
                naam = "Sociaal Wijkteam", onderwerp = "Toegang", omschrijving = wijkteam.GetProperty("omschrijving").GetString(),
                trajecten = new[] { "gewoon-in-de-wijk" }, gedeeldMetRegio = true,
            }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", wijkteam.GetProperty("eTag").GetString());
        await JsonAsync(await haarlem.SendAsync(request, Ct));

        var coordinator = app.ClientAs("regio-coordinator");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/api/gemeenten/haarlem/lokale-keuzes/sociaal-wijkteam", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/api/gemeenten/haarlem/lokale-keuzes/sociale-basis", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/api/gemeenten/haarlem/lokale-keuzes", Ct)).StatusCode);
    }
}
