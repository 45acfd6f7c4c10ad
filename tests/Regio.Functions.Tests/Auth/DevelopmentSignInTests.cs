using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Regio.Functions.Features.Inloggen;
using Regio.Functions.Tests.Spine;
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

    [Fact]
    public async Task A_person_given_a_role_through_the_API_is_in_dev_users_with_tenant_and_object_id()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var aanbieder = (await DemoAanbieders.RegistreerAsync(app, "ontwikkel", 1, Ct))[0];

        var users = await app.CreateClient().GetFromJsonAsync<JsonElement[]>("/dev/users", Ct);

        var persoon = users!.FirstOrDefault(u => u.GetProperty("objectId").GetGuid() == aanbieder.Persoon);
        Assert.True(persoon.ValueKind == JsonValueKind.Object, $"De medewerker die net via de API een rol kreeg, ontbreekt in GET /dev/users ({users!.Length} mensen).");
        Assert.Equal(
            (aanbieder.Id, "aanbieder", aanbieder.Tenant, "medewerker,tekenbevoegde"),
            (persoon.GetProperty("organisatie").GetString(), persoon.GetProperty("soort").GetString(), persoon.GetProperty("tenantId").GetGuid(),
                string.Join(",", persoon.GetProperty("rollen").EnumerateArray().Select(r => r.GetString()))));
        Assert.Equal(users!.Length, users.Select(u => u.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Dev_token_for_the_tenant_and_object_id_of_a_person_given_a_role_through_the_API_acts_as_that_person()
    {
        // The app mints the token on its own clock, and the bearer handler checks its lifetime against the real one.
        await using var app = await new RegioAppFactory(azurite) { EchteKlok = true }.LoadDemoDataAsync();
        var aanbieder = (await DemoAanbieders.RegistreerAsync(app, "ontwikkel", 1, Ct))[0];

        var token = await app.CreateClient().PostAsJsonAsync("/dev/token", new { tenantId = aanbieder.Tenant, objectId = aanbieder.Persoon }, Ct);
        Assert.True(token.IsSuccessStatusCode, $"POST /dev/token gaf {(int)token.StatusCode}: {await token.Content.ReadAsStringAsync(Ct)}");
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("access_token").GetString()!;
        var me = await app.ClientWithToken(accessToken).GetFromJsonAsync<MeView>("/api/me", Ct);

        Assert.Equal((aanbieder.Id, aanbieder.Tenant, aanbieder.Persoon, "Medewerker 001 (demo)"), (me!.Organisatie, me.TenantId, me.ObjectId, me.Naam));
    }

    [Fact]
    public async Task Sign_in_page_lists_a_person_given_a_role_through_the_API_under_their_organisation_without_GUIDs()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var aanbieder = (await DemoAanbieders.RegistreerAsync(app, "ontwikkel", 1, Ct))[0];

        var html = await app.CreateClient().GetStringAsync("/dev/aanmelden", Ct);

        var organisatie = html.IndexOf(aanbieder.Naam, StringComparison.Ordinal);
        Assert.True(organisatie >= 0 && html.IndexOf("Aanmelden als Medewerker 001 (demo)", organisatie, StringComparison.Ordinal) > organisatie,
            $"De aanmeldpagina toont {aanbieder.Naam} met de medewerker die net een rol kreeg niet.");
        Assert.Contains("Medewerker, Tekenbevoegde", html, StringComparison.Ordinal);
        Assert.False(html.Contains(aanbieder.Tenant.ToString(), StringComparison.OrdinalIgnoreCase) || html.Contains(aanbieder.Persoon.ToString(), StringComparison.OrdinalIgnoreCase),
            "De aanmeldpagina toont een tenant- of object-id (GUID).");
    }

    public static TheoryData<string, string> OngeldigeTokenverzoeken() => new()
    {
        { """{"userId":"haarlem-inkoper","tenantId":"6f1c2d3e-0000-4000-8000-000000000001","objectId":"6f1c2d3e-0000-4000-8000-000000000002"}""", "userId" },
        { "{}", "userId" },
        { """{"userId":"niemand"}""", "userId" },
        { """{"tenantId":"geen-guid","objectId":"6f1c2d3e-0000-4000-8000-000000000002"}""", "tenantId" },
        { """{"tenantId":"6f1c2d3e-0000-4000-8000-000000000001","objectId":"12345"}""", "objectId" },
        { """{"tenantId":"6f1c2d3e-0000-4000-8000-000000000001"}""", "objectId" },
        { """{"tenantId":"6f1c2d3e-0000-4000-8000-000000000001","objectId":"6f1c2d3e-0000-4000-8000-000000000002"}""", "objectId" },
    };

    [Theory]
    [MemberData(nameof(OngeldigeTokenverzoeken))]
    public async Task Dev_token_for_no_one_someone_named_twice_a_malformed_GUID_or_an_unknown_person_is_a_Dutch_400_naming_the_field(string body, string veld)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.CreateClient().PostAsync("/dev/token", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(veld, out _), $"Het antwoord op {body} noemt het veld {veld} niet: {errors} ({detail})");
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

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
