using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regio.Functions.Features.Regios;
using Regio.Tests;

namespace Regio.Functions.Tests.Regios;

/// <summary>Onboarding and changing regio's over the API, with real tokens; reading them is public.</summary>
public class RegiosApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Kust(params object[] gemeenten) => new { naam = "Kust (test)", id = "kust-test", leadGemeente = "noordwijk", gemeenten };

    private static readonly object[] KustGemeenten =
    [
        new { id = "zandvoort", subregio = "Zuid" },
        new { id = "noordwijk", subregio = "Noord", nieuw = new { naam = "Noordwijk", tenantId = "0f8fad5b-d9cb-469f-a165-70867728950e" } },
    ];

    [Fact]
    public async Task Beheerder_onboards_a_regio_and_anyone_then_reads_its_members_centrumgemeente_and_subregios()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var aangemaakt = await app.ClientAs("platform-beheerder").PostAsJsonAsync("/api/regios", Kust(KustGemeenten), Ct);
        var gelezen = await app.CreateClient().GetAsync("/api/regios/kust-test", Ct);

        Assert.True(aangemaakt.StatusCode == HttpStatusCode.Created, await aangemaakt.Content.ReadAsStringAsync(Ct));
        Assert.Equal("/api/regios/kust-test", aangemaakt.Headers.Location?.OriginalString);
        var regio = (await gelezen.Content.ReadFromJsonAsync<RegioSamenstellingView>(Ct))!;
        Assert.Equal(("Kust (test)", "noordwijk"), (regio.Naam, regio.LeadGemeente));
        Assert.Equal([new GemeenteView("zandvoort", "Zandvoort", "Zuid"), new GemeenteView("noordwijk", "Noordwijk", "Noord")], regio.Gemeenten);
        Assert.False(string.IsNullOrEmpty(gelezen.Headers.ETag?.Tag), "GET /api/regios/{regioId} hoort de versie als ETag te geven.");
        var lijst = await app.CreateClient().GetFromJsonAsync<List<RegioSamenstellingView>>("/api/regios", Ct);
        Assert.Equal(["demo-kustregio", "kust-test", "zk-ijmond"], lijst!.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Someone_who_is_not_a_platform_beheerder_gets_403()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs("regio-coordinator").PostAsJsonAsync("/api/regios", Kust(KustGemeenten), Ct);

        Assert.Contains("platformbeheerder", await Problem.AssertAsync(response, HttpStatusCode.Forbidden, "Geen toegang"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_gemeente_is_a_400_naming_it()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs("platform-beheerder").PostAsJsonAsync("/api/regios",
            Kust(new { id = "noordwijk", subregio = "Noord" }, new { id = "zandvoort", subregio = "Zuid" }), Ct);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        var fouten = await Fouten(response);
        Assert.StartsWith("'noordwijk' is geen geregistreerde gemeente", fouten["gemeenten"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_inside_the_list_of_gemeenten_is_a_400_naming_the_element()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs("platform-beheerder").PostAsync("/api/regios",
            new StringContent("""{"naam":"Kust","leadGemeente":"zandvoort","gemeenten":[null]}""", System.Text.Encoding.UTF8, "application/json"), Ct);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        Assert.Contains("gemeenten[0]", (await Fouten(response)).Keys);
    }

    [Fact]
    public async Task A_change_without_If_Match_is_428_and_with_a_stale_one_412()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var beheerder = app.ClientAs("platform-beheerder");
        var eerste = await beheerder.GetAsync("/api/regios/zk-ijmond", Ct);
        var regio = (await eerste.Content.ReadFromJsonAsync<RegioSamenstellingView>(Ct))!;
        object Wijziging(string naam) => new { naam, leadGemeente = regio.LeadGemeente, gemeenten = regio.Gemeenten.Select(g => new { id = g.Id, subregio = g.Subregio }) };

        var zonder = await beheerder.PutAsJsonAsync("/api/regios/zk-ijmond", Wijziging("Zonder If-Match"), Ct);
        var goed = await Put(beheerder, Wijziging("Zuid-Kennemerland en IJmond (gewijzigd)"), eerste.Headers.ETag!.Tag);
        var verouderd = await Put(beheerder, Wijziging("Verouderd"), eerste.Headers.ETag!.Tag);

        await Problem.AssertAsync(zonder, HttpStatusCode.PreconditionRequired, "ETag vereist");
        Assert.True(goed.StatusCode == HttpStatusCode.OK, await goed.Content.ReadAsStringAsync(Ct));
        await Problem.AssertAsync(verouderd, HttpStatusCode.PreconditionFailed, "Intussen gewijzigd");
        var nu = await app.CreateClient().GetFromJsonAsync<RegioSamenstellingView>("/api/regios/zk-ijmond", Ct);
        Assert.Equal("Zuid-Kennemerland en IJmond (gewijzigd)", nu!.Naam);
    }

    [Theory]
    [InlineData("bestaat-niet")]
    [InlineData("Geen_Id")]
    public async Task An_unknown_or_malformed_regio_is_a_404_problem(string regioId)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.CreateClient().GetAsync($"/api/regios/{regioId}", Ct);

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "Niet gevonden");
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_regio_operations_with_their_error_answers()
    {
        await using var app = new RegioAppFactory(azurite);

        var paths = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json", Ct)).RootElement.GetProperty("paths");
        string[] Statussen(string pad, string methode) =>
            paths.GetProperty(pad).GetProperty(methode).GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["200"], Statussen("/api/regios", "get"));
        Assert.Equal(["200", "400", "403", "404", "503"], Statussen("/api/regios/{regioId}", "get"));
        Assert.Equal(["201", "400", "403", "404", "409", "503"], Statussen("/api/regios", "post"));
        Assert.Equal(["200", "400", "403", "404", "409", "412", "428", "503"], Statussen("/api/regios/{regioId}", "put"));
    }

    private static async Task<HttpResponseMessage> Put(HttpClient client, object body, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/regios/zk-ijmond") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(request, Ct);
    }

    private static async Task<Dictionary<string, string>> Fouten(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors").EnumerateObject()
            .ToDictionary(e => e.Name, e => e.Value[0].GetString()!);
}
