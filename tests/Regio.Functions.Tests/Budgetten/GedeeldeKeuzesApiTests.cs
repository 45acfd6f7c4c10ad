using System.Net;
using System.Text.Json;
using Regio.Tests;
using static Regio.Functions.Tests.Budgetten.BudgetWijzigingApiTests;

namespace Regio.Functions.Tests.Budgetten;

/// <summary>The coordinator lists the lokale keuzes gemeenten share with the regio, and never one they keep to themselves.</summary>
public class GedeeldeKeuzesApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_coordinator_lists_only_the_keuzes_a_gemeente_shared_and_never_the_text_of_an_unshared_one()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var haarlem = app.ClientAs("haarlem-beleidsmedewerker");
        var keuzes = await JsonAsync(await haarlem.GetAsync("/api/gemeenten/haarlem/lokale-keuzes", Ct));
        var coordinator = app.ClientAs("regio-coordinator");
        var leeg = await JsonAsync(await coordinator.GetAsync("/api/regio/zk-ijmond/gedeelde-keuzes", Ct));
        Assert.Equal(0, leeg.GetArrayLength());

        await BewaarAsync(haarlem, keuzes, "sociale-basis", "Buurtcentra met eigen openingstijden per wijk (demo, niet gedeeld).", gedeeld: false);
        await BewaarAsync(haarlem, keuzes, "sociaal-wijkteam", "Eén sociaal wijkteam per stadsdeel (demo).", gedeeld: true);
        var response = await coordinator.GetAsync("/api/regio/zk-ijmond/gedeelde-keuzes", Ct);
        var tekst = await response.Content.ReadAsStringAsync(Ct);

        Assert.True(response.IsSuccessStatusCode, tekst);
        var gedeeld = Assert.Single(JsonDocument.Parse(tekst).RootElement.EnumerateArray());
        Assert.Equal(("haarlem", "Haarlem", "sociaal-wijkteam"),
            (gedeeld.GetProperty("gemeente").GetString(), gedeeld.GetProperty("gemeenteNaam").GetString(), gedeeld.GetProperty("id").GetString()));
        Assert.Equal("Eén sociaal wijkteam per stadsdeel (demo).", gedeeld.GetProperty("omschrijving").GetString());
        Assert.DoesNotContain("Buurtcentra met eigen openingstijden", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Alleen voor de raad (demo)", tekst, StringComparison.Ordinal);
    }

    internal static async Task BewaarAsync(HttpClient haarlem, JsonElement keuzes, string id, string omschrijving, bool gedeeld)
    {
        var keuze = keuzes.EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);
        await JsonAsync(await SendAsync(haarlem, HttpMethod.Put, $"/api/gemeenten/haarlem/lokale-keuzes/{id}", new
        {
            naam = keuze.GetProperty("naam").GetString(), onderwerp = keuze.GetProperty("onderwerp").GetString(), omschrijving,
            trajecten = new[] { "gewoon-in-de-wijk" }, notitieVoorRaad = "Alleen voor de raad (demo)", gedeeldMetRegio = gedeeld,
        }, keuze.GetProperty("eTag").GetString()));
    }

    [Theory]
    [InlineData("velsen-inkoper", "zk-ijmond")]
    [InlineData("haarlem-budgethouder", "zk-ijmond")]
    [InlineData("jeugdzorg-tekenbevoegde", "zk-ijmond")]
    [InlineData("regio-coordinator", "andere-regio")]
    public async Task Only_the_coordinator_of_the_regio_reads_its_shared_keuzes(string actor, string regio)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs(actor).GetAsync($"/api/regio/{regio}/gedeelde-keuzes", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
