using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Regio.Domain.Organisaties;
using Regio.Functions.Features.Inloggen;
using Regio.Functions.Hosting.Auth;
using Regio.Platform.Audit;
using Regio.Platform.Organisaties;
using Regio.Tests;

namespace Regio.Functions.Tests.Auth;

/// <summary>
/// eHerkenning as a second OpenID Connect connection: a broker's token for an aanbieder's KvK number and a person's
/// pseudonym makes that person of that aanbieder, exactly as an Entra token does; a lower level or a missing KvK number is refused.
/// </summary>
public class EHerkenningTests(AzuriteFixture azurite)
{
    private const string Aanbieder = "demo-jeugdzorg-kennemerland";
    private const string Pseudoniem = "ABCDEF1234567890ABCDEF1234567890@eherkenning-test";
    private static readonly KvkNummer Kvk = KvkNummer.TryParse("90000001", out var kvk) ? kvk : default;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Broker_token_at_EH3_signs_in_the_person_of_the_aanbieder_with_that_KvK_number()
    {
        await using var app = await StartAsync();
        var persoon = EHerkenningIdentiteit.PersoonVoor(EHerkenningTokens.Issuer, Kvk, Pseudoniem);
        var lid = await app.ClientAs("platform-beheerder").PutAsJsonAsync(
            $"/api/organisaties/{Aanbieder}/leden/{EHerkenningIdentiteit.TenantVoor(Kvk)}/{persoon}", new { naam = "Eva Visser (demo)", rollen = new[] { "medewerker" } }, Ct);
        Assert.True(lid.IsSuccessStatusCode, $"De beheerder kon de eHerkenning-medewerker geen rol geven: {await lid.Content.ReadAsStringAsync(Ct)}");

        var me = await app.ClientWithToken(EHerkenningTokens.Mint(Kvk.Value, Pseudoniem)).GetFromJsonAsync<MeView>("/api/me", Ct);

        Assert.Equal((Aanbieder, EHerkenningIdentiteit.TenantVoor(Kvk), persoon, "Eva Visser (demo)"), (me!.Organisatie, me.TenantId, me.ObjectId, me.Naam));
        Assert.Equal(["medewerker"], me.Rollen);
    }

    [Theory]
    [InlineData(EHerkenningTokens.EH2, "u meldde zich aan met EH2.")]
    [InlineData("EH2+", "u meldde zich aan met EH2+.")]
    [InlineData(null, "uw aanmelding noemde geen niveau.")]
    public async Task Broker_token_below_EH3_is_refused_naming_the_level(string? niveau, string reden)
    {
        await using var app = await StartAsync();

        var response = await app.ClientWithToken(EHerkenningTokens.Mint(Kvk.Value, Pseudoniem, niveau)).GetAsync("/api/me", Ct);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "Niet aangemeld");
        Assert.Equal($"Voor Regio is eHerkenning niveau EH3 of hoger nodig; {reden}", detail);
    }

    [Fact]
    public async Task Accepted_levels_are_a_setting_and_the_refusal_names_the_lowest_accepted_one()
    {
        var instellingen = EHerkenningTokens.Instellingen();
        instellingen["EHerkenning:Niveaus"] = "urn:etoegang:core:assurance-class:loa4; EH4";
        await using var app = new RegioAppFactory(azurite, instellingen);

        var response = await app.ClientWithToken(EHerkenningTokens.Mint(Kvk.Value, Pseudoniem, EHerkenningTokens.EH3)).GetAsync("/api/me", Ct);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "Niet aangemeld");
        Assert.Equal("Voor Regio is eHerkenning niveau EH4 of hoger nodig; u meldde zich aan met EH3.", detail);
    }

    [Fact]
    public async Task Broker_token_without_a_KvK_number_is_refused_saying_so()
    {
        await using var app = await StartAsync();

        var response = await app.ClientWithToken(EHerkenningTokens.Mint(kvk: null, Pseudoniem)).GetAsync("/api/me", Ct);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "Niet aangemeld");
        Assert.Contains("noemt geen KvK-nummer", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("andere-sleutel", "handtekening van het token is niet van de eHerkenning-makelaar")]
    [InlineData("andere-issuer", "Entra")]
    public async Task Token_of_another_key_or_issuer_is_refused(string wat, string reden)
    {
        // Another issuer is not the broker's, so the Entra scheme judges it, and refuses it.
        await using var app = await StartAsync();
        var token = wat == "andere-sleutel"
            ? EHerkenningTokens.Mint(Kvk.Value, Pseudoniem, key: TestTokens.NewKey("vervalst"))
            : EHerkenningTokens.Mint(Kvk.Value, Pseudoniem, issuer: "https://andere-makelaar.test");

        var response = await app.ClientWithToken(token).GetAsync("/api/me", Ct);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "Niet aangemeld");
        Assert.Contains(reden, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Same_pseudonym_for_another_KvK_number_is_another_person()
    {
        await using var app = await StartAsync();
        Assert.True(KvkNummer.TryParse("90007777", out var ander));
        var registratie = await app.ClientAs("platform-beheerder").PostAsJsonAsync("/api/organisaties", new
        {
            id = "demo-eherkenning-tweede", soort = "aanbieder", naam = "Tweede aanbieder (demo)", tenantId = EHerkenningIdentiteit.TenantVoor(ander), kvkNummer = ander.Value,
        }, Ct);
        Assert.True(registratie.IsSuccessStatusCode, $"De tweede aanbieder is niet geregistreerd: {await registratie.Content.ReadAsStringAsync(Ct)}");

        var me = await app.ClientWithToken(EHerkenningTokens.Mint(ander.Value, Pseudoniem)).GetFromJsonAsync<MeView>("/api/me", Ct);

        Assert.Equal(EHerkenningIdentiteit.TenantVoor(ander), me!.TenantId);
        Assert.NotEqual(EHerkenningIdentiteit.PersoonVoor(EHerkenningTokens.Issuer, Kvk, Pseudoniem), me.ObjectId);
        Assert.Null(me.Organisatie);
    }

    [Fact]
    public async Task Broker_token_for_an_unregistered_KvK_number_is_refused_naming_that_number()
    {
        await using var app = await StartAsync();

        var response = await app.ClientWithToken(EHerkenningTokens.Mint("90000099", Pseudoniem)).GetAsync("/api/me", Ct);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "Niet aangemeld");
        Assert.Contains("Uw organisatie (KvK 90000099) is niet geregistreerd", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_EHerkenning_settings_there_is_no_eHerkenning_sign_in()
    {
        await using var app = new RegioAppFactory(azurite);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var route = await client.GetAsync("/aanmelden/eherkenning", Ct);
        var pagina = await client.GetStringAsync("/aanmelden", Ct);

        Assert.Equal(HttpStatusCode.NotFound, route.StatusCode);
        Assert.DoesNotContain("eHerkenning", pagina, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_EHerkenning_settings_the_sign_in_page_offers_it_and_the_route_goes_to_the_broker()
    {
        await using var app = new RegioAppFactory(azurite, EHerkenningTokens.Instellingen());
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var pagina = await client.GetStringAsync("/aanmelden", Ct);
        var route = await client.GetAsync("/aanmelden/eherkenning", Ct);

        Assert.Contains("Aanmelden met eHerkenning (voor aanbieders)", pagina, StringComparison.Ordinal);
        var naar = route.Headers.Location?.ToString() ?? "";
        Assert.True(route.StatusCode == HttpStatusCode.Redirect && naar.StartsWith($"{EHerkenningTokens.Issuer}/authorize?", StringComparison.Ordinal)
            && naar.Contains($"client_id={EHerkenningTokens.ClientId}", StringComparison.Ordinal),
            $"/aanmelden/eherkenning hoort naar de makelaar te sturen, niet {(int)route.StatusCode} {naar}");
    }

    /// <summary>The demo, with the demo aanbieder registered first under the tenant its KvK number gives (as eHerkenning aanbieders are).</summary>
    private async Task<RegioAppFactory> StartAsync()
    {
        var app = new RegioAppFactory(azurite, EHerkenningTokens.Instellingen());
        var aanbieder = new Organisatie(new OrganisatieId(Aanbieder), OrganisatieSoort.Aanbieder, "Jeugdzorg Kennemerland B.V. (demo)", EHerkenningIdentiteit.TenantVoor(Kvk), Kvk, false, null);
        await app.Services.GetRequiredService<OrganisatieStore>().AddAsync(
            aanbieder, new AuditEvent(app.Klok!.GetUtcNow(), "test", "Organisatie geregistreerd", $"organisatie:{Aanbieder}", null, null), Ct);
        return await app.LoadDemoDataAsync();
    }
}
