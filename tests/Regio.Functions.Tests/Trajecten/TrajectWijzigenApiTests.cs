using System.Net;
using System.Net.Http.Json;
using Regio.Functions.Features.Trajecten;
using Regio.Tests;

namespace Regio.Functions.Tests.Trajecten;

/// <summary>PUT /api/trajecten/{id}: replacing a traject's own data with the ETag that was read.</summary>
public class TrajectWijzigenApiTests(AzuriteFixture azurite)
{
    private const string Adres = "/api/trajecten/dagbesteding-2030";

    private static readonly object Nieuw = new
    {
        id = "dagbesteding-2030", naam = "Dagbesteding 2030 (demo)", eigenaar = "gemeente:haarlem", procedure = "Openbaar", domein = "Wmo",
        percelen = new[] { "Dagbesteding" }, contract = new { looptijdJaren = 4, evaluatiemomenten = new[] { 2 }, bekostiging = "Taakgericht" },
    };

    private static object Wijziging(string naam = "Dagbesteding 2030-2036 (demo)", string procedure = "MeervoudigOnderhands") => new
    {
        naam, procedure, domein = "Wmo", contract = new { looptijdJaren = 6, evaluatiemomenten = new[] { 3 }, bekostiging = "Outputgericht" },
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Inkoper_replaces_the_data_with_the_ETag_it_read_and_gets_the_new_ETag()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var etag = await MaakAsync(inkoper);

        using var verzoek = Put(Wijziging(), etag);
        var response = await inkoper.SendAsync(verzoek, Ct);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var traject = await response.Content.ReadFromJsonAsync<TrajectDetailView>(Ct);
        Assert.NotEqual(etag, response.Headers.ETag!.ToString());
        Assert.Equal(response.Headers.ETag!.ToString(), traject!.ETag);
        Assert.Equal(("Dagbesteding 2030-2036 (demo)", "MeervoudigOnderhands", 6, "Outputgericht"),
            (traject.Naam, traject.Procedure, traject.Contract!.LooptijdJaren, traject.Contract.Bekostiging));
        Assert.Equal("Dagbesteding 2030-2036 (demo)", (await inkoper.GetFromJsonAsync<TrajectDetailView>(Adres, Ct))!.Naam);
    }

    [Fact]
    public async Task Without_If_Match_the_answer_is_428_and_nothing_changes()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        await MaakAsync(inkoper);

        using var verzoek = Put(Wijziging(), etag: null);
        var response = await inkoper.SendAsync(verzoek, Ct);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.PreconditionRequired, "ETag vereist");
        Assert.Contains("If-Match", detail, StringComparison.Ordinal);
        Assert.Equal("Dagbesteding 2030 (demo)", (await inkoper.GetFromJsonAsync<TrajectDetailView>(Adres, Ct))!.Naam);
    }

    [Fact]
    public async Task A_stale_ETag_is_412_and_the_newer_change_stays()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var oud = await MaakAsync(inkoper);
        using var eersteVerzoek = Put(Wijziging(), oud);
        var eerste = await inkoper.SendAsync(eersteVerzoek, Ct);
        Assert.True(eerste.IsSuccessStatusCode, await eerste.Content.ReadAsStringAsync(Ct));

        using var verzoek = Put(Wijziging(naam: "Te laat (demo)"), oud);
        var response = await inkoper.SendAsync(verzoek, Ct);

        await Problem.AssertAsync(response, HttpStatusCode.PreconditionFailed, "Intussen gewijzigd");
        Assert.Equal("Dagbesteding 2030-2036 (demo)", (await inkoper.GetFromJsonAsync<TrajectDetailView>(Adres, Ct))!.Naam);
    }

    [Fact]
    public async Task An_unknown_procedure_is_400_naming_the_choices_in_Dutch()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var etag = await MaakAsync(inkoper);

        using var verzoek = Put(Wijziging(procedure: "Veiling"), etag);
        var response = await inkoper.SendAsync(verzoek, Ct);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        Assert.Contains("Kies een procedure: Dialooggericht, OpenHouse", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_procedure_of_a_published_traject_is_409_with_the_rules_code()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var coordinator = app.ClientAs("regio-coordinator");
        var gelezen = await coordinator.GetAsync("/api/trajecten/jeugdhulp-2023", Ct);
        var traject = (await gelezen.Content.ReadFromJsonAsync<TrajectDetailView>(Ct))!;

        using var verzoek = new HttpRequestMessage(HttpMethod.Put, "/api/trajecten/jeugdhulp-2023")
        {
            Content = JsonContent.Create(new
            {
                naam = traject.Naam, deelnemers = traject.Deelnemers, procedure = "Openbaar", domein = traject.Domein,
                contract = traject.Contract is { } c ? new { c.LooptijdJaren, c.Evaluatiemomenten, c.Bekostiging } : null,
            }),
            Headers = { { "If-Match", gelezen.Headers.ETag!.ToString() } },
        };
        var response = await coordinator.SendAsync(verzoek, Ct);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.Conflict, "Conflict");
        Assert.StartsWith("Dit traject is gepubliceerd", detail, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"TrajectGepubliceerd\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static async Task<string> MaakAsync(HttpClient inkoper)
    {
        var created = await inkoper.PostAsJsonAsync("/api/trajecten", Nieuw, Ct);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        return created.Headers.ETag!.ToString();
    }

    private static HttpRequestMessage Put(object body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Adres) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }
        return request;
    }
}
