using System.Net;
using Regio.Functions.Tests.Trajecten;
using Regio.Functions.Tests.Trajecten.Inschrijvingen;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Tests;

namespace Regio.Functions.Tests.Auth;

/// <summary>
/// A write signed in by the cookie only counts when Regio's own page made it: same origin and a valid antiforgery token.
/// The write under attack is the aanbieder's withdrawal of a sealed bid, as a hostile tester found it.
/// </summary>
public class CookieWriteTests(AzuriteFixture azurite)
{
    private const string Aanbieder = "jeugdzorg-tekenbevoegde";
    private const string Vreemd = "https://aanvaller.example";
    private static readonly string Eigen = CookieSessie.Adres.GetLeftPart(UriPartial.Authority);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Intrekking(string traject) => $"{Indienen.Pad(traject)}/momenten/inschrijving/intrekking";

    private static FormUrlEncodedContent Formulier(params (string Naam, string Waarde)[] velden) =>
        new(velden.ToDictionary(v => v.Naam, v => v.Waarde));

    [Fact]
    public async Task A_cross_site_form_post_with_only_the_session_cookie_does_not_withdraw_a_sealed_bid()
    {
        await using var app = await StartMetInschrijvingAsync("csrf-formulier");
        var sessie = await CookieSessie.StartAsync(app, Aanbieder, Ct);

        var response = await sessie.PostAsync(Intrekking("csrf-formulier"), Vreemd, token: null, Formulier(("x", "1")), Ct);

        await Problem.AssertAsync(response, HttpStatusCode.Forbidden, "Geen toegang");
        Assert.True(await GeldendAsync(app, "csrf-formulier"), "De verzegelde inschrijving is ingetrokken door een formulier van een andere site.");
    }

    [Fact]
    public async Task A_cookie_write_from_Regios_own_origin_without_the_token_is_a_400_and_changes_nothing()
    {
        await using var app = await StartMetInschrijvingAsync("csrf-zonder-token");
        var sessie = await CookieSessie.StartAsync(app, Aanbieder, Ct);

        var response = await sessie.PostAsync(Intrekking("csrf-zonder-token"), Eigen, token: null, body: null, Ct);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        Assert.Contains("bearer-token", detail, StringComparison.Ordinal);
        Assert.True(await GeldendAsync(app, "csrf-zonder-token"), "Een schrijfverzoek zonder antiforgery-token heeft de inschrijving ingetrokken.");
    }

    [Fact]
    public async Task A_cookie_write_with_a_valid_token_from_a_foreign_origin_is_a_403_and_changes_nothing()
    {
        await using var app = await StartMetInschrijvingAsync("csrf-vreemd");
        var sessie = await CookieSessie.StartAsync(app, Aanbieder, Ct);

        var response = await sessie.PostAsync(Intrekking("csrf-vreemd"), Vreemd, sessie.Token, body: null, Ct);

        await Problem.AssertAsync(response, HttpStatusCode.Forbidden, "Geen toegang");
        Assert.True(await GeldendAsync(app, "csrf-vreemd"), "Een schrijfverzoek van een andere herkomst heeft de inschrijving ingetrokken.");
    }

    [Fact]
    public async Task A_cookie_write_without_Origin_or_Referer_is_a_403_and_changes_nothing()
    {
        await using var app = await StartMetInschrijvingAsync("csrf-geen-herkomst");
        var sessie = await CookieSessie.StartAsync(app, Aanbieder, Ct);

        var response = await sessie.PostAsync(Intrekking("csrf-geen-herkomst"), origin: null, sessie.Token, body: null, Ct);

        await Problem.AssertAsync(response, HttpStatusCode.Forbidden, "Geen toegang");
        Assert.True(await GeldendAsync(app, "csrf-geen-herkomst"), "Een schrijfverzoek zonder herkomst heeft de inschrijving ingetrokken.");
    }

    [Theory]
    [InlineData("origin")]
    [InlineData("referer")]
    public async Task A_cookie_write_with_the_token_from_Regios_own_page_withdraws_the_bid(string herkomst)
    {
        await using var app = await StartMetInschrijvingAsync($"csrf-eigen-{herkomst}");
        var sessie = await CookieSessie.StartAsync(app, Aanbieder, Ct);

        var response = herkomst == "origin"
            ? await sessie.PostAsync(Intrekking($"csrf-eigen-{herkomst}"), Eigen, sessie.Token, body: null, Ct)
            : await sessie.PostAsync(Intrekking($"csrf-eigen-{herkomst}"), origin: null, sessie.Token, body: null, Ct, referer: $"{Eigen}/trajecten/csrf-eigen-{herkomst}");

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Status {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.False(await GeldendAsync(app, $"csrf-eigen-{herkomst}"), "De intrekking van de eigen pagina is niet doorgevoerd.");
    }

    [Fact]
    public async Task A_bearer_write_needs_no_antiforgery_token_whatever_its_origin()
    {
        await using var app = await StartMetInschrijvingAsync("csrf-bearer");
        using var request = new HttpRequestMessage(HttpMethod.Post, Intrekking("csrf-bearer"));
        request.Headers.TryAddWithoutValidation("Origin", Vreemd);

        var response = await app.ClientAs(Aanbieder).SendAsync(request, Ct);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Status {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.False(await GeldendAsync(app, "csrf-bearer"), "De intrekking met een bearer-token is niet doorgevoerd.");
    }

    /// <summary>A published traject with an open moment and the aanbieder's submitted bid (through the API, with a bearer token).</summary>
    private async Task<RegioAppFactory> StartMetInschrijvingAsync(string traject)
    {
        var app = await new RegioAppFactory(azurite) { Klok = Testklok.VanafNu() }.LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        await GepubliceerdTraject.MaakAsync(inkoper, traject, "Openbaar", ["Perceel A"], aankondigen: true, Ct);
        await Indienen.StelMomentVastAsync(inkoper, traject, app.Klok!.GetUtcNow().AddDays(3), ["UEA"], Ct);
        var aanbieder = app.ClientAs(Aanbieder);
        var upload = await Indienen.UploadAsync(aanbieder, traject, "UEA", "uea.pdf", Testbestanden.Pdf("UEA"), Ct);
        var ingediend = await Indienen.DienInAsync(aanbieder, traject, [upload], Ct);
        Assert.True(ingediend.StatusCode == HttpStatusCode.Created, await ingediend.Content.ReadAsStringAsync(Ct));
        Assert.True(await GeldendAsync(app, traject), "Na het indienen hoort er een geldende inschrijving te zijn.");
        return app;
    }

    private static async Task<bool> GeldendAsync(RegioAppFactory app, string traject)
    {
        var overzicht = await Indienen.JsonAsync(await app.ClientAs(Aanbieder).GetAsync(Indienen.Pad(traject), Ct), Ct);
        var eigen = overzicht.GetProperty("momenten").EnumerateArray().Single(m => m.GetProperty("moment").GetString() == "inschrijving").GetProperty("eigen");
        return eigen.ValueKind == System.Text.Json.JsonValueKind.Object && eigen.GetProperty("geldend").ValueKind == System.Text.Json.JsonValueKind.String;
    }
}
