using System.Net;
using System.Net.Http.Json;
using Regio.Domain.Organisaties;
using Regio.Functions.Features.Inloggen;
using Regio.Platform.Demo;
using Regio.Tests;

namespace Regio.Functions.Tests.Auth;

/// <summary>Real signed JWTs, as Entra ID issues them, for every role of every kind of organisation, and the ways a token can be wrong.</summary>
public class TokenTests(AzuriteFixture azurite)
{
    public static TheoryData<string> DemoGebruikers() => new(DemoOrganisaties.Lees().Gebruikers.Select(g => g.Id));

    [Fact]
    public void Every_role_of_every_kind_of_organisation_has_a_demo_user()
    {
        var demo = DemoOrganisaties.Lees();
        var gedekt = demo.Gebruikers.SelectMany(g => g.Rollen).ToHashSet();
        var ontbrekend = Enum.GetValues<Rol>().Select(r => r.Naam()).Where(r => !gedekt.Contains(r)).ToList();
        Assert.True(ontbrekend.Count == 0, $"Geen demogebruiker met rol: {string.Join(", ", ontbrekend)}");
    }

    [Theory]
    [MemberData(nameof(DemoGebruikers))]
    public async Task Token_of_a_registered_person_says_who_they_are(string gebruikerId)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var gebruiker = DemoOrganisaties.Lees().Gebruikers.Single(g => g.Id == gebruikerId);

        var me = await app.ClientAs(gebruikerId).GetFromJsonAsync<MeView>("/api/me", TestContext.Current.CancellationToken);

        Assert.Equal(gebruiker.Organisatie, me!.Organisatie);
        Assert.Equal(gebruiker.Rollen.Order(), me.Rollen.Order());
        Assert.Equal(gebruiker.ObjectId, me.ObjectId);
    }

    [Fact]
    public async Task Registered_person_without_a_role_gets_403_saying_what_to_ask_for()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs("haarlem-zonder-rol").GetAsync("/api/organisaties", TestContext.Current.CancellationToken);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.Forbidden, "Geen toegang");
        Assert.Contains("nog geen rol", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_of_an_unregistered_tenant_is_refused_although_Microsoft_signed_it()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var tenant = Guid.NewGuid();

        var response = await app.ClientWithToken(TestTokens.Mint(tenant, Guid.NewGuid())).GetAsync("/api/me", TestContext.Current.CancellationToken);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "Niet aangemeld");
        Assert.Contains($"Entra-tenant {tenant}) is niet geregistreerd", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("verlopen", "verlopen")]
    [InlineData("andere-sleutel", "handtekening")]
    [InlineData("andere-audience", "audience")]
    [InlineData("andere-issuer", "niet uitgegeven door de Entra-tenant")]
    public async Task Invalid_token_is_refused_with_the_reason(string wat, string reden)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var anna = DemoOrganisaties.Lees().Gebruikers.Single(g => g.Id == "haarlem-inkoper");
        var tenant = RegioAppFactory.TenantOf(anna);
        var token = wat switch
        {
            "verlopen" => TestTokens.Mint(tenant, anna.ObjectId, expires: DateTime.UtcNow.AddMinutes(-10)),
            "andere-sleutel" => TestTokens.Mint(tenant, anna.ObjectId, key: TestTokens.NewKey("vervalst")),
            "andere-audience" => TestTokens.Mint(tenant, anna.ObjectId, audience: "api://een-andere-app"),
            _ => TestTokens.Mint(tenant, anna.ObjectId, issuer: $"https://login.microsoftonline.com/{Guid.NewGuid():D}/v2.0"),
        };

        var response = await app.ClientWithToken(token).GetAsync("/api/me", TestContext.Current.CancellationToken);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "Niet aangemeld");
        Assert.Contains(reden, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_without_a_token_is_401()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.CreateClient().GetAsync("/api/organisaties", TestContext.Current.CancellationToken);

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "Niet aangemeld");
    }
}
