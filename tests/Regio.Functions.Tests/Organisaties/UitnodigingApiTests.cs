using System.Net;
using System.Net.Http.Json;
using Regio.Functions.Features.Inloggen;
using Regio.Functions.Features.Organisaties;
using Regio.Functions.Tests.Auth;
using Regio.Platform.Demo;
using Regio.Tests;

namespace Regio.Functions.Tests.Organisaties;

/// <summary>Inviting a colleague over the API, and the invited person's first request with a real token.</summary>
public sealed class UitnodigingApiTests(AzuriteFixture azurite)
{
    private const string Adres = "nieuwe.collega@haarlem.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Guid Haarlem => RegioAppFactory.TenantOf(DemoOrganisaties.Lees().Gebruikers.Single(g => g.Id == "haarlem-inkoper"));

    private static async Task<UitnodigingView> VerstuurAsync(RegioAppFactory app, string upn = Adres)
    {
        var response = await app.ClientAs("haarlem-inkoper").PostAsJsonAsync("/api/uitnodigingen", new { organisatie = "haarlem", upn, rollen = new[] { "lezer", "beoordelaar" } }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<UitnodigingView>(Ct))!;
    }

    [Fact]
    public async Task A_colleague_invited_by_Haarlems_inkoper_gets_the_roles_at_their_first_request_and_the_invitation_shows_as_used()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var verstuurd = await VerstuurAsync(app);
        var persoon = Guid.NewGuid();

        var me = await app.ClientWithToken(TestTokens.Mint(Haarlem, persoon, "Nieuwe Collega (demo)", upn: "Nieuwe.Collega@haarlem.example"))
            .GetFromJsonAsync<MeView>("/api/me", Ct);

        Assert.Equal(("open", "haarlem", "beoordelaar,lezer"), (verstuurd.Staat, me?.Organisatie, string.Join(',', me!.Rollen.Order())));
        var lijst = await app.ClientAs("haarlem-inkoper").GetFromJsonAsync<List<UitnodigingView>>("/api/organisaties/haarlem/uitnodigingen", Ct);
        var gebruikt = Assert.Single(lijst!);
        Assert.Equal(("gebruikt", persoon, "Nieuwe Collega (demo)"), (gebruikt.Staat, gebruikt.Gebruikt?.ObjectId, gebruikt.Gebruikt?.Naam));
    }

    [Fact]
    public async Task A_revoked_invitation_answers_204_and_no_longer_binds_and_revoking_it_again_is_a_conflict()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var verstuurd = await VerstuurAsync(app);
        var inkoper = app.ClientAs("haarlem-inkoper");

        var ingetrokken = await inkoper.DeleteAsync($"/api/uitnodigingen/{verstuurd.Id}", Ct);
        var me = await app.ClientWithToken(TestTokens.Mint(Haarlem, Guid.NewGuid(), upn: Adres)).GetFromJsonAsync<MeView>("/api/me", Ct);

        Assert.Equal(HttpStatusCode.NoContent, ingetrokken.StatusCode);
        Assert.Null(me?.Organisatie);
        await Problem.AssertAsync(await inkoper.DeleteAsync($"/api/uitnodigingen/{verstuurd.Id}", Ct), HttpStatusCode.Conflict, "Conflict");
        await Problem.AssertAsync(await inkoper.DeleteAsync($"/api/uitnodigingen/{new string('a', 32)}", Ct), HttpStatusCode.NotFound, "Niet gevonden");
    }

    [Fact]
    public async Task Velsens_inkoper_cannot_invite_into_Haarlem_nor_see_or_revoke_its_invitations()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var verstuurd = await VerstuurAsync(app);
        var velsen = app.ClientAs("velsen-inkoper");

        var post = await velsen.PostAsJsonAsync("/api/uitnodigingen", new { organisatie = "haarlem", upn = "x@haarlem.example", rollen = new[] { "inkoper" } }, Ct);

        await Problem.AssertAsync(post, HttpStatusCode.NotFound, "Niet gevonden");
        await Problem.AssertAsync(await velsen.GetAsync("/api/organisaties/haarlem/uitnodigingen", Ct), HttpStatusCode.NotFound, "Niet gevonden");
        await Problem.AssertAsync(await velsen.DeleteAsync($"/api/uitnodigingen/{verstuurd.Id}", Ct), HttpStatusCode.NotFound, "Niet gevonden");
        Assert.Single((await app.ClientAs("haarlem-inkoper").GetFromJsonAsync<List<UitnodigingView>>("/api/organisaties/haarlem/uitnodigingen", Ct))!);
    }

    [Theory]
    [InlineData("""{"organisatie":"haarlem","upn":"geen adres","rollen":["lezer"]}""", "upn")]
    [InlineData("""{"organisatie":"haarlem","upn":"nieuw@haarlem.example","rollen":[]}""", "rollen")]
    [InlineData("""{"organisatie":"haarlem","upn":"nieuw@haarlem.example","rollen":["tekenbevoegde"]}""", "rollen")]
    [InlineData("""{"upn":"nieuw@haarlem.example","rollen":["lezer"]}""", "organisatie")]
    public async Task A_bad_invitation_is_answered_400_naming_the_field(string body, string veld)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs("haarlem-inkoper").PostAsync("/api/uitnodigingen", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        var errors = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(veld, out _), $"De fout hoort bij '{veld}' te staan: {errors}");
    }
}
