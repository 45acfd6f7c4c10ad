using System.Net;
using System.Net.Http.Json;
using System.Text;
using Regio.Functions.Features.Aanbieders;
using Regio.Tests;

namespace Regio.Functions.Tests.Aanbieders;

/// <summary>Registrations and combinaties over HTTP, on perceel 2 of the demo's published regional traject jeugdhulp 2023.</summary>
public class CombinatieApiTests(AzuriteFixture azurite)
{
    private const string Perceel = "/api/trajecten/jeugdhulp-2023/percelen/2/aanmeldingen";
    private const string Combinaties = "/api/aanbieders/combinaties";
    private static readonly string[] Uea = ["Uea", "Geheimhouding"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<CombinatieView> OpgerichtAsync(HttpClient penvoerder)
    {
        var response = await penvoerder.PostAsJsonAsync(Combinaties, new
        {
            trajectId = "jeugdhulp-2023", perceel = 2, naam = "Samen voor Jeugd (demo)", leden = new[] { "demo-thuishulp-ijmond" }, verklaringen = Uea,
        }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        Assert.NotNull(response.Headers.ETag);
        return (await response.Content.ReadFromJsonAsync<CombinatieView>(Ct))!;
    }

    [Fact]
    public async Task Penvoerder_invites_thuishulp_which_confirms_and_the_owner_sees_the_combinatie_as_registered()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var petra = app.ClientAs("jeugdzorg-tekenbevoegde");
        var quinten = app.ClientAs("thuishulp-medewerker");
        var aanbieders = await quinten.GetFromJsonAsync<List<AanbiederView>>("/api/aanbieders", Ct);
        Assert.Contains(aanbieders!, a => a.Id == "demo-jeugdzorg-kennemerland" && a.KvkNummer == "90000001");
        Assert.DoesNotContain(aanbieders!, a => a.Id == "haarlem");

        var combinatie = await OpgerichtAsync(petra);
        Assert.False(combinatie.Aangemeld);
        var uitgenodigd = await quinten.GetFromJsonAsync<List<EigenAanmeldingView>>("/api/aanbieders/aanmeldingen", Ct);
        Assert.Equal("Uitgenodigd", Assert.Single(Assert.Single(uitgenodigd!).Combinaties).Leden.Single(l => l.Organisatie == "demo-thuishulp-ijmond").Status);

        var bevestigd = await quinten.PostAsJsonAsync($"{Combinaties}/{combinatie.Id}/bevestiging", new { verklaringen = Uea }, Ct);

        Assert.True(bevestigd.StatusCode == HttpStatusCode.OK, await bevestigd.Content.ReadAsStringAsync(Ct));
        Assert.True((await bevestigd.Content.ReadFromJsonAsync<CombinatieView>(Ct))!.Aangemeld);
        var eigenaar = await app.ClientAs("regio-coordinator").GetFromJsonAsync<PerceelAanmeldingenView>(Perceel, Ct);
        var rij = Assert.Single(eigenaar!.Inschrijvers);
        Assert.True(rij.Aangemeld);
        Assert.Equal(["Jeugdzorg Kennemerland B.V. (demo)", "Thuishulp IJmond (demo)"], rij.Leden);
        var tess = await app.ClientAs("duinstreek-medewerker").GetFromJsonAsync<PerceelAanmeldingenView>(Perceel, Ct);
        Assert.Empty(tess!.EigenCombinaties);
        Assert.Empty(tess.Inschrijvers);
    }

    [Fact]
    public async Task Someone_outside_the_combinatie_gets_a_Dutch_404_and_a_member_that_is_not_penvoerder_a_403()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var combinatie = await OpgerichtAsync(app.ClientAs("jeugdzorg-tekenbevoegde"));

        foreach (var buitenstaander in new[] { "duinstreek-medewerker", "velsen-inkoper", "regio-coordinator", "platform-beheerder" })
        {
            await Problem.AssertAsync(await app.ClientAs(buitenstaander).GetAsync($"{Combinaties}/{combinatie.Id}", Ct), HttpStatusCode.NotFound, "Niet gevonden");
        }
        var invite = await app.ClientAs("thuishulp-medewerker").PostAsJsonAsync($"{Combinaties}/{combinatie.Id}/leden", new { organisatie = "demo-welzijn-duinstreek" }, Ct);
        Assert.Contains("penvoerder", await Problem.AssertAsync(invite, HttpStatusCode.Forbidden, "Geen toegang"), StringComparison.Ordinal);
        await Problem.AssertAsync(await app.ClientAs("velsen-inkoper").GetAsync(Perceel, Ct), HttpStatusCode.Forbidden, "Geen toegang");
    }

    [Theory]
    [InlineData("""{"verklaringen":["Geheimhouding"]}""", "verklaringen")]
    [InlineData("""{"verklaringen":["Uea"],"ueaSha256":"abc"}""", "ueaSha256")]
    [InlineData("""{"verklaringen":["Onzin"]}""", "verklaringen")]
    public async Task A_registration_without_a_valid_UEA_is_a_Dutch_400_naming_the_field(string json, string veld)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs("thuishulp-medewerker").PostAsync(Perceel, new StringContent(json, Encoding.UTF8, "application/json"), Ct);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        Assert.Contains($"\"{veld}\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_registration_for_the_same_perceel_is_a_Dutch_409_and_a_stale_If_Match_a_412()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var petra = app.ClientAs("jeugdzorg-tekenbevoegde");
        var combinatie = await OpgerichtAsync(petra);
        var eerste = await petra.GetAsync($"{Combinaties}/{combinatie.Id}", Ct);
        var etag = eerste.Headers.ETag!.ToString();
        var quinten = app.ClientAs("thuishulp-medewerker");
        Assert.Equal(HttpStatusCode.Created, (await quinten.PostAsJsonAsync(Perceel, new { verklaringen = Uea }, Ct)).StatusCode);

        var tweede = await quinten.PostAsJsonAsync($"{Combinaties}/{combinatie.Id}/bevestiging", new { verklaringen = Uea }, Ct);
        Assert.Contains("al aangemeld", await Problem.AssertAsync(tweede, HttpStatusCode.Conflict, "Conflict"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await quinten.PostAsync($"{Combinaties}/{combinatie.Id}/afwijzing", null, Ct)).StatusCode);
        using var verouderd = new HttpRequestMessage(HttpMethod.Post, $"{Combinaties}/{combinatie.Id}/leden") { Content = JsonContent.Create(new { organisatie = "demo-welzijn-duinstreek" }) };
        verouderd.Headers.TryAddWithoutValidation("If-Match", etag);
        await Problem.AssertAsync(await petra.SendAsync(verouderd, Ct), HttpStatusCode.PreconditionFailed, "Intussen gewijzigd");
    }
}
