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

    [Fact]
    public async Task Sharing_tells_the_gemeente_what_the_regio_reads_and_the_coordinator_reads_exactly_that_and_never_the_notes_for_the_council()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var haarlem = app.ClientAs("haarlem-beleidsmedewerker");
        var keuzes = await JsonAsync(await haarlem.GetAsync("/api/gemeenten/haarlem/lokale-keuzes", Ct));
        var nietGedeeld = keuzes.EnumerateArray().Single(k => k.GetProperty("id").GetString() == "sociale-basis");

        var gedeeld = await BewaarAsync(haarlem, keuzes, "sociaal-wijkteam", "Eén sociaal wijkteam per stadsdeel (demo).", gedeeld: true);
        var coordinator = app.ClientAs("regio-coordinator");
        var een = await coordinator.GetStringAsync("/api/gemeenten/haarlem/lokale-keuzes/sociaal-wijkteam", Ct);
        var lijst = await coordinator.GetStringAsync("/api/regio/zk-ijmond/gedeelde-keuzes", Ct);

        string[] regioZiet = ["naam", "onderwerp", "omschrijving"];
        Assert.Equal(regioZiet, gedeeld.GetProperty("regioZiet").EnumerateArray().Select(v => v.GetString()));
        Assert.StartsWith("Gedeeld met de regio. De regiocoördinator ziet van een gedeelde keuze alleen de naam, waar de keuze over gaat en hoe de gemeente dit organiseert.",
            gedeeld.GetProperty("delen").GetString(), StringComparison.Ordinal);
        Assert.Empty(nietGedeeld.GetProperty("regioZiet").EnumerateArray());
        Assert.StartsWith("Niet gedeeld", nietGedeeld.GetProperty("delen").GetString(), StringComparison.Ordinal);
        foreach (var antwoord in new[] { JsonDocument.Parse(een).RootElement, Assert.Single(JsonDocument.Parse(lijst).RootElement.EnumerateArray()) })
        {
            Assert.Equal(regioZiet.Concat(["gemeente", "gemeenteNaam", "id"]).Order(), antwoord.EnumerateObject().Select(p => p.Name).Order());
        }
        Assert.DoesNotContain("Alleen voor de raad (demo)", een + lijst, StringComparison.Ordinal);
        Assert.DoesNotContain("gewoon-in-de-wijk", een + lijst, StringComparison.Ordinal);
    }

    internal static async Task<JsonElement> BewaarAsync(HttpClient haarlem, JsonElement keuzes, string id, string omschrijving, bool gedeeld)
    {
        var keuze = keuzes.EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);
        return await JsonAsync(await SendAsync(haarlem, HttpMethod.Put, $"/api/gemeenten/haarlem/lokale-keuzes/{id}", new
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
