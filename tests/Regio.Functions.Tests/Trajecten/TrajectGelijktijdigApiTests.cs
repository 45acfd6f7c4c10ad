using System.Net;
using System.Net.Http.Json;
using Regio.Tests;

namespace Regio.Functions.Tests.Trajecten;

/// <summary>Two people send a change with the same If-Match: changes to different percelen both land, to the same perceel one is refused.</summary>
public class TrajectGelijktijdigApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly object Dagbesteding = new
    {
        id = "dagbesteding-2027", naam = "Dagbesteding 2027 (demo)", eigenaar = "gemeente:haarlem", procedure = "Openbaar", percelen = new[] { "Noord", "Zuid" },
    };

    private static async Task<HttpResponseMessage> LegVastAsync(HttpClient client, int perceel, string soort, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/trajecten/dagbesteding-2027/percelen/{perceel}/dossier")
        {
            Content = JsonContent.Create(new { soort, datum = "2026-11-20" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task Changes_to_two_percelen_with_the_same_If_Match_both_succeed()
    {
        await using var app = await new RegioAppFactory(azurite) { Klok = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)) }.LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var etag = (await inkoper.PostAsJsonAsync("/api/trajecten", Dagbesteding, Ct)).Headers.ETag!.ToString();

        var antwoorden = await Task.WhenAll(LegVastAsync(inkoper, 1, "Aankondiging", etag), LegVastAsync(inkoper, 2, "Aankondiging", etag));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], antwoorden.Select(a => a.StatusCode));
        var traject = await inkoper.GetFromJsonAsync<Regio.Functions.Features.Trajecten.TrajectDetailView>("/api/trajecten/dagbesteding-2027", Ct);
        Assert.All(traject!.Percelen, p => Assert.NotNull(p.Dossier.AankondigingGepubliceerd));
    }

    [Fact]
    public async Task Two_changes_to_one_perceel_with_the_same_If_Match_one_gets_the_Dutch_412()
    {
        await using var app = await new RegioAppFactory(azurite) { Klok = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)) }.LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var etag = (await inkoper.PostAsJsonAsync("/api/trajecten", Dagbesteding, Ct)).Headers.ETag!.ToString();

        var antwoorden = await Task.WhenAll(LegVastAsync(inkoper, 1, "Aankondiging", etag), LegVastAsync(inkoper, 1, "Hoofdkenmerken", etag));

        Assert.Single(antwoorden, a => a.StatusCode == HttpStatusCode.OK);
        var geweigerd = Assert.Single(antwoorden, a => a.StatusCode != HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.PreconditionFailed, geweigerd.StatusCode);
        Assert.Contains("Iemand anders heeft dit traject intussen gewijzigd", await geweigerd.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
