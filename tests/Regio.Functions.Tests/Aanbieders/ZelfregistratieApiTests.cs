using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regio.Functions.Features.Organisaties;
using Regio.Functions.Tests.Auth;
using Regio.Tests;

namespace Regio.Functions.Tests.Aanbieders;

/// <summary>A care provider registers itself over the API, also from an Entra tenant Regio does not know; the beheerder decides.</summary>
public class ZelfregistratieApiTests(AzuriteFixture azurite)
{
    private const string Registratie = "/api/aanbieders/registratie";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpClient Nieuw(RegioAppFactory app, out Guid tenant, out Guid persoon)
    {
        tenant = Guid.NewGuid();
        persoon = Guid.NewGuid();
        return app.ClientWithToken(TestTokens.Mint(tenant, persoon, "Sanne Nieuw (test)"));
    }

    private static async Task<OrganisatieView> RegistreerAsync(HttpClient client, string kvk, string naam)
    {
        var response = await client.PostAsJsonAsync(Registratie, new { kvkNummer = kvk, naam }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<OrganisatieView>(Ct))!;
    }

    [Fact]
    public async Task A_person_of_an_unknown_tenant_registers_their_care_provider_unconfirmed_and_is_its_tekenbevoegde()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var sanne = Nieuw(app, out var tenant, out var persoon);

        var aanbieder = await RegistreerAsync(sanne, "40000001", "Zorg Nieuw B.V.");

        Assert.Equal(("zorg-nieuw-b-v", "onbevestigd", tenant), (aanbieder.Id, aanbieder.Status, aanbieder.TenantId));
        var eigen = await sanne.GetFromJsonAsync<JsonElement>($"/api/organisaties/{aanbieder.Id}", Ct);
        var lid = Assert.Single(eigen.GetProperty("leden").EnumerateArray());
        Assert.Equal((persoon, "medewerker,tekenbevoegde"), (lid.GetProperty("objectId").GetGuid(), string.Join(",", lid.GetProperty("rollen").EnumerateArray().Select(r => r.GetString()))));
    }

    [Fact]
    public async Task The_token_of_an_unknown_tenant_is_refused_on_every_other_endpoint()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var sanne = Nieuw(app, out _, out _);

        var detail = await Problem.AssertAsync(await sanne.GetAsync("/api/me", Ct), HttpStatusCode.Unauthorized, "Niet aangemeld");

        Assert.Contains("niet geregistreerd op Regio", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_registration_of_a_kvk_number_is_refused_naming_who_has_it()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await Nieuw(app, out _, out _).PostAsJsonAsync(Registratie, new { kvkNummer = "90000001", naam = "Kopie B.V." }, Ct);

        Assert.Equal("KvK-nummer 90000001 is al geregistreerd voor Jeugdzorg Kennemerland B.V. (demo).", await Problem.AssertAsync(response, HttpStatusCode.Conflict, "Conflict"));
    }

    [Fact]
    public async Task The_beheerder_registering_a_taken_kvk_number_gets_a_conflict()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs("platform-beheerder").PostAsJsonAsync("/api/organisaties",
            new { id = "kopie", soort = "aanbieder", naam = "Kopie B.V. (demo)", kvkNummer = "90000001", gastAccounts = true }, Ct);

        Assert.Contains("Jeugdzorg Kennemerland B.V. (demo)", await Problem.AssertAsync(response, HttpStatusCode.Conflict, "Conflict"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_of_an_organisation_cannot_register_another_one()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs("haarlem-inkoper").PostAsJsonAsync(Registratie, new { kvkNummer = "40000002", naam = "Zijproject" }, Ct);

        Assert.Contains("U hoort al bij Gemeente Haarlem", await Problem.AssertAsync(response, HttpStatusCode.Conflict, "Conflict"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_answered_per_field()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await Nieuw(app, out _, out _).PostAsJsonAsync(Registratie, new { kvkNummer = "12", naam = "" }, Ct);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        var fouten = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal(["kvkNummer", "naam"], fouten.EnumerateObject().Select(f => f.Name).Order());
    }

    [Fact]
    public async Task Only_the_beheerder_confirms_a_self_registered_aanbieder()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var sanne = Nieuw(app, out _, out _);
        var aanbieder = await RegistreerAsync(sanne, "40000003", "Zorg Te Bevestigen");
        var bevestiging = $"/api/aanbieders/{aanbieder.Id}/bevestiging";
        var beheerder = app.ClientAs("platform-beheerder");

        await Problem.AssertAsync(await sanne.PostAsJsonAsync(bevestiging, new { bevestigd = true }, Ct), HttpStatusCode.Forbidden, "Geen toegang");
        await Problem.AssertAsync(await app.ClientAs("haarlem-inkoper").PostAsJsonAsync(bevestiging, new { bevestigd = true }, Ct), HttpStatusCode.Forbidden, "Geen toegang");
        await Problem.AssertAsync(await beheerder.PostAsJsonAsync(bevestiging, new { bevestigd = false }, Ct), HttpStatusCode.BadRequest, "Ongeldig verzoek");
        var bevestigd = await beheerder.PostAsJsonAsync(bevestiging, new { bevestigd = true }, Ct);

        Assert.True(bevestigd.StatusCode == HttpStatusCode.OK, await bevestigd.Content.ReadAsStringAsync(Ct));
        Assert.Equal("bevestigd", (await bevestigd.Content.ReadFromJsonAsync<OrganisatieView>(Ct))!.Status);
    }

    [Fact]
    public async Task The_beheerder_refuses_an_aanbieder_and_its_people_see_the_reason()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var sanne = Nieuw(app, out _, out _);
        var aanbieder = await RegistreerAsync(sanne, "40000004", "Zorg Te Weigeren");

        var geweigerd = await app.ClientAs("platform-beheerder").PostAsJsonAsync($"/api/aanbieders/{aanbieder.Id}/bevestiging",
            new { bevestigd = false, reden = "Het KvK-nummer hoort bij een andere onderneming." }, Ct);

        Assert.True(geweigerd.StatusCode == HttpStatusCode.OK, await geweigerd.Content.ReadAsStringAsync(Ct));
        var eigen = await sanne.GetFromJsonAsync<JsonElement>($"/api/organisaties/{aanbieder.Id}", Ct);
        Assert.Equal("Het KvK-nummer hoort bij een andere onderneming.", eigen.GetProperty("organisatie").GetProperty("weigerreden").GetString());
    }

    [Fact]
    public async Task An_unconfirmed_aanbieder_cannot_register_for_a_perceel_and_is_told_why()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var sanne = Nieuw(app, out _, out _);
        await RegistreerAsync(sanne, "40000005", "Zorg Te Vroeg");

        var response = await sanne.PostAsJsonAsync("/api/trajecten/jeugdhulp-2023/percelen/2/aanmeldingen", new { verklaringen = new[] { "Uea", "Geheimhouding" } }, Ct);

        Assert.Contains("wacht nog op bevestiging", await Problem.AssertAsync(response, HttpStatusCode.Forbidden, "Geen toegang"), StringComparison.Ordinal);
    }
}
