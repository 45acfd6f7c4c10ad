using System.Net;
using System.Net.Http.Json;
using Regio.Functions.Features.Trajecten;
using Regio.Tests;

namespace Regio.Functions.Tests.Trajecten;

/// <summary>The trajecten API as an inkoper, a colleague elsewhere and a regio coordinator use it.</summary>
public class TrajectApiTests(AzuriteFixture azurite)
{
    private static readonly object GewoonInDeWijk2 = new
    {
        id = "gewoon-in-de-wijk-2030", naam = "Gewoon in de Wijk 2030 (demo)", eigenaar = "gemeente:haarlem",
        procedure = "Dialooggericht", domein = "Wmo", percelen = new[] { "Sociale basis" },
        contract = new { looptijdJaren = 8, evaluatiemomenten = new[] { 3, 6 }, bekostiging = "Taakgericht" },
    };

    [Fact]
    public async Task Inkoper_creates_a_local_traject_adds_a_perceel_and_sees_both_in_Voorbereiding()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");

        var created = await inkoper.PostAsJsonAsync("/api/trajecten", GewoonInDeWijk2, TestContext.Current.CancellationToken);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var add = new HttpRequestMessage(HttpMethod.Post, "/api/trajecten/gewoon-in-de-wijk-2030/percelen") { Content = JsonContent.Create(new { naam = "Sociaal wijkteam" }) };
        add.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.ToString());
        var added = await inkoper.SendAsync(add, TestContext.Current.CancellationToken);
        var traject = await added.Content.ReadFromJsonAsync<TrajectDetailView>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(["Sociale basis", "Sociaal wijkteam"], traject!.Percelen.Select(p => p.Naam));
        Assert.All(traject.Percelen, p => Assert.Equal("Voorbereiding", p.Fase));
        Assert.Equal(8, traject.Contract!.LooptijdJaren);
    }

    [Fact]
    public async Task Another_gemeente_does_not_see_an_unpublished_local_traject()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        await app.ClientAs("haarlem-inkoper").PostAsJsonAsync("/api/trajecten", GewoonInDeWijk2, TestContext.Current.CancellationToken);

        var velsen = app.ClientAs("velsen-inkoper");
        var response = await velsen.GetAsync("/api/trajecten/gewoon-in-de-wijk-2030", TestContext.Current.CancellationToken);
        var lijst = await velsen.GetFromJsonAsync<TrajectDetailView[]>("/api/trajecten", TestContext.Current.CancellationToken);

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "Niet gevonden");
        Assert.DoesNotContain(lijst!, t => t.Id == "gewoon-in-de-wijk-2030");
        Assert.Contains(lijst!, t => t.Id == "jeugdhulp-2023");
    }

    [Fact]
    public async Task A_phase_change_without_its_legal_gate_is_409_naming_what_is_missing()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var created = await inkoper.PostAsJsonAsync("/api/trajecten", GewoonInDeWijk2, TestContext.Current.CancellationToken);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/trajecten/gewoon-in-de-wijk-2030/percelen/1/fase") { Content = JsonContent.Create(new { naar = "Aangekondigd" }) };
        request.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.ToString());
        var response = await inkoper.SendAsync(request, TestContext.Current.CancellationToken);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.Conflict, "Conflict");
        Assert.Contains("aankondiging", detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"code\":\"GeenAankondiging\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.PreconditionRequired)]
    [InlineData("W/\"datetime'2020-01-01T00%3A00%3A00.0000000Z'\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("geen-etag", HttpStatusCode.PreconditionFailed)]
    public async Task A_write_without_the_current_ETag_changes_nothing(string? etag, HttpStatusCode status)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        await inkoper.PostAsJsonAsync("/api/trajecten", GewoonInDeWijk2, TestContext.Current.CancellationToken);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/trajecten/gewoon-in-de-wijk-2030/percelen") { Content = JsonContent.Create(new { naam = "Te laat (demo)" }) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }
        var response = await inkoper.SendAsync(request, TestContext.Current.CancellationToken);
        var traject = await inkoper.GetFromJsonAsync<TrajectDetailView>("/api/trajecten/gewoon-in-de-wijk-2030", TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Single(traject!.Percelen);
    }

    [Fact]
    public async Task An_unknown_procedure_is_named_in_Dutch()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs("haarlem-inkoper").PostAsJsonAsync("/api/trajecten", new
        {
            id = "x-demo", naam = "X (demo)", eigenaar = "gemeente:haarlem", procedure = "Veiling", percelen = new[] { "A" },
        }, TestContext.Current.CancellationToken);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        Assert.Contains("Kies een procedure", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
