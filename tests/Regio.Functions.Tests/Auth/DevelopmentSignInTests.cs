using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regio.Functions.Features.Inloggen;
using Regio.Tests;

namespace Regio.Functions.Tests.Auth;

public class DevelopmentSignInTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Dev_users_lists_the_made_up_people_marked_as_demo()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var users = await app.CreateClient().GetFromJsonAsync<JsonElement[]>("/dev/users", TestContext.Current.CancellationToken);

        var anna = users!.Single(u => u.GetProperty("id").GetString() == "haarlem-inkoper");
        Assert.Equal("haarlem", anna.GetProperty("organisatie").GetString());
        Assert.Equal(["inkoper"], anna.GetProperty("rollen").EnumerateArray().Select(r => r.GetString()));
        Assert.All(users!, u => Assert.EndsWith("(demo)", u.GetProperty("naam").GetString(), StringComparison.Ordinal));
        Assert.Contains(users!, u => u.GetProperty("organisatie").GetString() == "zk-ijmond" && u.GetProperty("rollen").EnumerateArray().Any(r => r.GetString() == "regiocoordinator"));
    }

    [Fact]
    public async Task Dev_token_is_a_bearer_token_for_that_user()
    {
        // The app mints the token on its own clock, and the bearer handler checks its lifetime against the real one.
        await using var app = await new RegioAppFactory(azurite) { EchteKlok = true }.LoadDemoDataAsync();
        var client = app.CreateClient();

        var token = await client.PostAsJsonAsync("/dev/token", new { userId = "velsen-inkoper" }, TestContext.Current.CancellationToken);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("access_token").GetString()!;
        var me = await app.ClientWithToken(accessToken).GetFromJsonAsync<MeView>("/api/me", TestContext.Current.CancellationToken);

        Assert.Equal("velsen", me!.Organisatie);
        Assert.Equal(["inkoper"], me.Rollen);
    }

    [Fact]
    public async Task Dev_token_for_an_unknown_user_is_a_Dutch_400()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.CreateClient().PostAsJsonAsync("/dev/token", new { userId = "niemand" }, TestContext.Current.CancellationToken);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        Assert.Contains("GET /dev/users", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/dev/users")]
    [InlineData("POST", "/dev/token")]
    [InlineData("GET", "/dev/aanmelden")]
    public async Task Development_sign_in_does_not_exist_outside_Development(string method, string path)
    {
        await using var app = await new RegioAppFactory(azurite, environment: "Production").LoadDemoDataAsync();

        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { userId = "haarlem-inkoper" }) };
        var response = await app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "Niet gevonden");
    }

    [Fact]
    public async Task Development_signing_key_is_not_trusted_outside_Development()
    {
        await using var development = await new RegioAppFactory(azurite) { EchteKlok = true }.LoadDemoDataAsync();
        var token = await development.CreateClient().PostAsJsonAsync("/dev/token", new { userId = "haarlem-inkoper" }, TestContext.Current.CancellationToken);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await development.ClientWithToken(accessToken).GetAsync("/api/me", TestContext.Current.CancellationToken)).StatusCode);

        await using var production = await new RegioAppFactory(azurite, environment: "Production").LoadDemoDataAsync();
        var response = await production.ClientWithToken(accessToken).GetAsync("/api/me", TestContext.Current.CancellationToken);

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "Niet aangemeld");
    }
}
