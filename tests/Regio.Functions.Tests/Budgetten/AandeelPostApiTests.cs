using System.Net;
using System.Net.Http.Json;
using Regio.Tests;
using static Regio.Functions.Tests.Budgetten.BudgetWijzigingApiTests;

namespace Regio.Functions.Tests.Budgetten;

/// <summary>A gemeente chooses which of its own posts pays its share of a shared perceel; nobody else sees or sets that choice.</summary>
public class AandeelPostApiTests(AzuriteFixture azurite)
{
    private const string Pad = "/api/gemeenten/haarlem/budget/aandelen/jeugdhulp-2023/1/post";
    private const string Post = "2201 Ambulante jeugdhulp";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The coordinator divides perceel 1 in sevenths: Haarlem's share is 3.000.000 a year.</summary>
    internal static async Task VerdeelAsync(RegioAppFactory app)
    {
        var response = await app.ClientAs("regio-coordinator").PutAsJsonAsync("/api/trajecten/jeugdhulp-2023/percelen/1/verdeling", new
        {
            contractwaarde = new[] { new { jaar = 2023, bedrag = 21_000_000L }, new { jaar = 2024, bedrag = 21_000_000L } },
            aandelen = new[] { "haarlem", "zandvoort", "bloemendaal", "heemstede", "velsen", "beverwijk", "heemskerk" }.Select(g => new { gemeente = g, deel = "1/7" }),
        }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Haarlem_charges_its_jeugdhulp_share_to_a_Jeugd_post_and_sees_the_room_left_next_to_that_post()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        await VerdeelAsync(app);
        var client = app.ClientAs("haarlem-budgethouder");

        var aandeel = await JsonAsync(await SendAsync(client, HttpMethod.Put, Pad, new { post = Post }, null));

        Assert.Equal(Post, aandeel.GetProperty("post").GetProperty("naam").GetString());
        var (budget, _) = await JeugdAsync(client);
        var post = budget.GetProperty("posten").EnumerateArray().Single(p => p.GetProperty("naam").GetString() == Post);
        var jaren = budget.GetProperty("jaren").EnumerateArray().Select(j => j.GetInt32()).ToList();
        var i = jaren.IndexOf(2023);
        Assert.Equal(3_000_000L, post.GetProperty("aandelen")[i].GetInt64());
        Assert.Equal(post.GetProperty("bedragen")[i].GetInt64() - 3_000_000L, post.GetProperty("ruimte")[i].GetInt64());
        Assert.Equal(0L, post.GetProperty("aandelen")[jaren.IndexOf(2021)].GetInt64());
        var anderePost = budget.GetProperty("posten").EnumerateArray().First(p => p.GetProperty("naam").GetString() != Post);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, anderePost.GetProperty("ruimte").ValueKind);
        var overzicht = await JsonAsync(await client.GetAsync("/api/gemeenten/haarlem/budget?domein=jeugd", Ct));
        var jaar2023 = overzicht.GetProperty("aandelen")[0].GetProperty("jaren").EnumerateArray().Single(j => j.GetProperty("jaar").GetInt32() == 2023);
        Assert.Equal(post.GetProperty("ruimte")[i].GetInt64(), jaar2023.GetProperty("postRuimte").GetInt64());

        var verdeling = await app.ClientAs("regio-coordinator").GetStringAsync("/api/trajecten/jeugdhulp-2023/percelen/1/verdeling", Ct);
        Assert.DoesNotContain(Post, verdeling, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_a_chosen_post_needs_the_ETag_and_a_post_of_another_domain_is_refused()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        await VerdeelAsync(app);
        var client = app.ClientAs("haarlem-budgethouder");
        var eerste = await SendAsync(client, HttpMethod.Put, Pad, new { post = Post }, null);
        var etag = eerste.Headers.ETag!.ToString();

        var zonderEtag = await SendAsync(client, HttpMethod.Put, Pad, new { post = "2202 Jeugdhulp met verblijf" }, null);
        var wmoPost = await SendAsync(client, HttpMethod.Put, Pad, new { post = "Huishoudelijke ondersteuning" }, etag);
        var tweede = await JsonAsync(await SendAsync(client, HttpMethod.Put, Pad, new { post = "2202 Jeugdhulp met verblijf" }, etag));
        var verouderd = await SendAsync(client, HttpMethod.Put, Pad, new { post = Post }, etag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, zonderEtag.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wmoPost.StatusCode);
        Assert.Contains("geen post", await wmoPost.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("2202 Jeugdhulp met verblijf", tweede.GetProperty("post").GetProperty("naam").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, verouderd.StatusCode);
    }

    [Theory]
    [InlineData("velsen-budgethouder")]
    [InlineData("regio-coordinator")]
    public async Task Another_gemeente_and_the_coordinator_get_404_on_the_post_of_Haarlems_share(string actor)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        await VerdeelAsync(app);

        var response = await SendAsync(app.ClientAs(actor), HttpMethod.Put, Pad, new { post = Post }, null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var aandeel = (await JsonAsync(await app.ClientAs("haarlem-budgethouder").GetAsync("/api/gemeenten/haarlem/budget?domein=jeugd", Ct))).GetProperty("aandelen")[0];
        Assert.Equal(System.Text.Json.JsonValueKind.Null, aandeel.GetProperty("post").ValueKind);
    }
}
