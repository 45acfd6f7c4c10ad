using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regio.Tests;

namespace Regio.Functions.Tests.Budgetten;

/// <summary>The verdeling of a shared perceel: the coordinator records it, the shares add up, each gemeente sees only its own.</summary>
public class VerdelingApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Gemeenten = ["haarlem", "zandvoort", "bloemendaal", "heemstede", "velsen", "beverwijk", "heemskerk"];

    [Fact]
    public async Task Shares_of_a_shared_perceel_add_up_to_the_contract_value_and_Haarlem_sees_only_its_own_beside_its_budget()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var coordinator = app.ClientAs("regio-coordinator");
        var aandelen = Gemeenten.Select(g => g == "velsen" ? new { gemeente = g, deel = (string?)null, vastPerJaar = (long?)2_000_000 } : new { gemeente = g, deel = (string?)"1/6", vastPerJaar = (long?)null });

        var response = await coordinator.PutAsJsonAsync("/api/trajecten/jeugdhulp-2023/percelen/1/verdeling", new
        {
            contractwaarde = new[] { new { jaar = 2023, bedrag = 20_000_001L }, new { jaar = 2024, bedrag = 20_500_000L } },
            aandelen,
        }, Ct);
        var tekst = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, tekst);
        var verdeling = JsonDocument.Parse(tekst).RootElement;

        var som = verdeling.GetProperty("som").EnumerateArray().Select(s => s.GetProperty("bedrag").GetInt64()).ToList();
        Assert.Equal([20_000_001L, 20_500_000L], som);
        Assert.Equal(som, verdeling.GetProperty("aandelen").EnumerateArray()
            .Aggregate(new long[2], (t, a) => t.Zip(a.GetProperty("bedragen").EnumerateArray().Select(b => b.GetProperty("bedrag").GetInt64()), (x, y) => x + y).ToArray()));

        var budget = await app.ClientAs("haarlem-budgethouder").GetStringAsync("/api/gemeenten/haarlem/budget?domein=jeugd", Ct);
        var aandeel = Assert.Single(JsonDocument.Parse(budget).RootElement.GetProperty("aandelen").EnumerateArray());
        var totaal2023 = JsonDocument.Parse(budget).RootElement.GetProperty("budgetten")[0].GetProperty("totalen").EnumerateArray()
            .Single(t => t.GetProperty("jaar").GetInt32() == 2023).GetProperty("bedrag").GetInt64();
        var jaar2023 = aandeel.GetProperty("jaren")[0];
        Assert.Equal(3_000_001L, jaar2023.GetProperty("aandeel").GetInt64());
        Assert.Equal(1L, jaar2023.GetProperty("afronding").GetInt64());
        Assert.Equal(totaal2023, jaar2023.GetProperty("budget").GetInt64());
        Assert.Equal(totaal2023 - 3_000_001L, jaar2023.GetProperty("ruimte").GetInt64());
        Assert.DoesNotContain("velsen", budget, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Shares_that_do_not_add_up_are_refused_in_Dutch_and_a_gemeente_cannot_record_the_verdeling()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var body = new
        {
            contractwaarde = new[] { new { jaar = 2023, bedrag = 700L } },
            aandelen = Gemeenten.Select(g => new { gemeente = g, deel = "1/8" }),
        };

        var fout = await app.ClientAs("regio-coordinator").PutAsJsonAsync("/api/trajecten/jeugdhulp-2023/percelen/1/verdeling", body, Ct);
        var gemeente = await app.ClientAs("haarlem-inkoper").PutAsJsonAsync("/api/trajecten/jeugdhulp-2023/percelen/1/verdeling", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Contains("7/8", await fout.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, gemeente.StatusCode);
    }
}
