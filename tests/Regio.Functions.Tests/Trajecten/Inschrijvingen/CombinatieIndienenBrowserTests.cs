using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Playwright;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Trajecten.Inschrijvingen;

/// <summary>Issue 6: a combinatie of two demo aanbieders submits as one, whichever member's person does it.</summary>
public class CombinatieIndienenBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private const string Traject = "combinatie-indienen";
    private static readonly string[] Uea = ["Uea", "Geheimhouding"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FilePayload Bestand(string naam, byte[] inhoud) => new() { Name = naam, MimeType = "application/pdf", Buffer = inhoud };

    /// <summary>Jeugdzorg (penvoerder) and Thuishulp form a confirmed combinatie on perceel 1; returns its name.</summary>
    private static async Task<string> CombinatieAsync(RegioAppFactory app)
    {
        var opgericht = await app.ClientAs("jeugdzorg-tekenbevoegde").PostAsJsonAsync("/api/aanbieders/combinaties", new
        {
            trajectId = Traject, perceel = 1, naam = "Samen Thuis (demo)", leden = new[] { "demo-thuishulp-ijmond" }, verklaringen = Uea,
        }, Ct);
        var json = await opgericht.Content.ReadAsStringAsync(Ct);
        Assert.True(opgericht.StatusCode == HttpStatusCode.Created, json);
        var id = JsonDocument.Parse(json).RootElement.GetProperty("id").GetString();
        var bevestigd = await app.ClientAs("thuishulp-medewerker").PostAsJsonAsync($"/api/aanbieders/combinaties/{id}/bevestiging", new { verklaringen = Uea }, Ct);
        Assert.True(bevestigd.IsSuccessStatusCode, await bevestigd.Content.ReadAsStringAsync(Ct));
        return "Samen Thuis (demo)";
    }

    private static async Task AlsCombinatieAsync(IPage page, string naam)
    {
        var intro = await page.Locator("main").InnerTextAsync();
        Assert.True(intro.Contains($"U dient in als {naam}.", StringComparison.Ordinal), $"De pagina zegt niet namens wie wordt ingediend: {intro}");
    }

    [Fact]
    public async Task Thuishulp_submits_for_the_combinatie_and_Jeugdzorg_sees_the_same_receipt_while_the_owner_counts_one_inschrijver()
    {
        await using var app = await StartAsync(azurite, Testklok.VanafNu());
        var inkoper = app.ClientAs("haarlem-inkoper");
        await GepubliceerdTraject.MaakAsync(inkoper, Traject, "Openbaar", ["Thuisondersteuning"], aankondigen: true, Ct);
        var naam = await CombinatieAsync(app);
        await Indienen.StelMomentVastAsync(inkoper, Traject, app.Klok!.GetUtcNow().AddDays(3), ["UEA"], Ct);
        await using var thuishulp = await browser.Browser.NewContextAsync();
        var page = await thuishulp.NewPageAsync();
        await SignInAsync(page, app, "thuishulp-medewerker");

        await page.GotoAsync(Url(app, $"trajecten/{Traject}/percelen/1/inschrijvingen"));
        await AlsCombinatieAsync(page, naam);
        await page.GetByLabel("UEA", new() { Exact = true }).SetInputFilesAsync(Bestand("uea-combinatie.pdf", Testbestanden.Pdf("UEA combinatie")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Uploaden en indienen" }).ClickAsync();
        var bewijs = page.Locator("[data-testid='ontvangstbevestiging']");
        var melding = page.Locator("[data-melding]");
        await bewijs.Or(melding.Locator("visible=true")).WaitForAsync(new() { Timeout = 30_000 });
        Assert.True(await bewijs.CountAsync() == 1, $"Indienen mislukte: {await melding.InnerTextAsync()}");
        var doorThuishulp = await bewijs.InnerTextAsync();
        await AssertAccessibleAsync(page, "de indienpagina van een combinatielid na het indienen");

        await using var jeugdzorg = await browser.Browser.NewContextAsync();
        var penvoerder = await jeugdzorg.NewPageAsync();
        await SignInAsync(penvoerder, app, "jeugdzorg-tekenbevoegde");
        await penvoerder.GotoAsync(Url(app, $"trajecten/{Traject}/percelen/1/inschrijvingen"));
        await AlsCombinatieAsync(penvoerder, naam);
        Assert.Contains("versie 1", await penvoerder.Locator("[data-testid='geldend']").InnerTextAsync(), StringComparison.Ordinal);
        await penvoerder.Locator("[data-testid='geldend'] a").ClickAsync();
        var doorJeugdzorg = await penvoerder.Locator("[data-testid='ontvangstbevestiging']").InnerTextAsync();
        Assert.Equal(await page.Locator("[data-testid='kenmerk']").InnerTextAsync(), await penvoerder.Locator("[data-testid='kenmerk']").InnerTextAsync());
        Assert.Equal(naam, await penvoerder.Locator("[data-testid='inschrijver']").InnerTextAsync());
        await AssertAccessibleAsync(penvoerder, "de ontvangstbevestiging van de combinatie bij de penvoerder");

        var sha = Convert.ToHexStringLower(SHA256.HashData(Testbestanden.Pdf("UEA combinatie")));
        Assert.True(doorThuishulp.Contains(sha, StringComparison.Ordinal) && doorThuishulp.Contains(naam, StringComparison.Ordinal),
            $"De ontvangstbevestiging noemt de combinatie of de hash niet: {doorThuishulp}");
        Assert.Equal(doorThuishulp, doorJeugdzorg);
        var overzicht = JsonDocument.Parse(await inkoper.GetStringAsync(Indienen.Pad(Traject), Ct)).RootElement;
        Assert.Equal(1, overzicht.GetProperty("momenten")[0].GetProperty("aantal").GetInt32());
        var buitenstaander = await app.ClientAs("duinstreek-medewerker").GetStringAsync(Indienen.Pad(Traject), Ct);
        Assert.DoesNotContain(sha, buitenstaander, StringComparison.Ordinal);
        Assert.DoesNotContain(naam, buitenstaander, StringComparison.Ordinal);
    }
}
