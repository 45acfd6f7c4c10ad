using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Aanbieders;

/// <summary>Forming a combinatie in Chromium: the penvoerder invites, the member confirms with its own statements, both and the owner see it registered.</summary>
public class CombinatiePaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private const string Pagina = "trajecten/jeugdhulp-2023/aanmeldingen";
    private const string Naam = "Samen voor Jeugd (demo)";

    private async Task<IPage> AlsAsync(RegioAppFactory app, string gebruiker)
    {
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, gebruiker);
        await page.GotoAsync(Url(app, Pagina));
        return page;
    }

    [Fact]
    public async Task Jeugdzorg_forms_a_combinatie_with_Thuishulp_which_confirms_with_its_statements_and_both_see_it_registered()
    {
        await using var app = await StartAsync(azurite);

        var petra = await AlsAsync(app, "jeugdzorg-tekenbevoegde");
        var perceel2 = petra.Locator("section[data-perceel='2']");
        await perceel2.GetByLabel("Naam van de combinatie").FillAsync(Naam);
        await perceel2.GetByLabel("Aanbieder om uit te nodigen").SelectOptionAsync(new SelectOptionValue { Value = "demo-thuishulp-ijmond" });
        await petra.Locator("#combinatie-2-Uea").CheckAsync();
        await petra.GetByRole(AriaRole.Button, new() { Name = "Combinatie vormen voor perceel 2" }).ClickAsync();
        var gevormd = await petra.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.True(gevormd.Contains("is gevormd", StringComparison.Ordinal), $"De bevestiging van het vormen ontbreekt: '{gevormd}'.");
        await AssertAccessibleAsync(petra, "de aanmeldpagina van de penvoerder na het vormen van een combinatie");

        var quinten = await AlsAsync(app, "thuishulp-medewerker");
        await quinten.Locator("section[data-perceel='2']").GetByRole(AriaRole.Link, new() { Name = $"Combinatie {Naam}" }).ClickAsync();
        Assert.Equal("Uitgenodigd", await quinten.Locator("tr[data-lid='demo-thuishulp-ijmond'] td").First.InnerTextAsync());
        await AssertAccessibleAsync(quinten, "de uitnodiging voor een combinatie");
        await quinten.Locator("#bevestigen-Uea").CheckAsync();
        await quinten.Locator("#bevestigen-GeenUitsluitingsgronden").CheckAsync();
        await quinten.Locator("#bevestigen-Geheimhouding").CheckAsync();
        await quinten.GetByRole(AriaRole.Button, new() { Name = "Deelname bevestigen" }).ClickAsync();
        var bevestigd = await quinten.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.True(bevestigd.Contains("De combinatie is aangemeld", StringComparison.Ordinal), $"Na bevestigen hoort de combinatie aangemeld te zijn: '{bevestigd}'.");
        var verklaringen = await quinten.Locator("tr[data-lid='demo-thuishulp-ijmond']").InnerTextAsync();
        Assert.True(verklaringen.Contains("Quinten Jacobs (demo)", StringComparison.Ordinal) && verklaringen.Contains("Geheimhouding", StringComparison.Ordinal),
            $"De verklaringen van Thuishulp horen met wie ze afgaf te staan: '{verklaringen}'.");
        await AssertAccessibleAsync(quinten, "de combinatiepagina na het bevestigen");

        await petra.GotoAsync(Url(app, Pagina));
        await petra.Locator("section[data-perceel='2']").GetByRole(AriaRole.Link, new() { Name = $"Combinatie {Naam}" }).ClickAsync();
        var status = await petra.Locator("[data-testid='combinatie-status']").InnerTextAsync();
        Assert.True(status.StartsWith("Aangemeld", StringComparison.Ordinal), $"De penvoerder hoort de combinatie als aangemeld te zien: '{status}'.");
        await AssertAccessibleAsync(petra, "de combinatiepagina van de penvoerder");

        var noor = await AlsAsync(app, "regio-coordinator");
        var aanmeldingen = await noor.Locator("[data-testid='aanmeldingen-2']").InnerTextAsync();
        Assert.True(aanmeldingen.Contains(Naam, StringComparison.Ordinal) && aanmeldingen.Contains("Aangemeld", StringComparison.Ordinal),
            $"De regiocoördinator hoort de combinatie als aangemeld te zien: '{aanmeldingen}'.");
        await AssertAccessibleAsync(noor, "de aanmeldingen van een perceel voor de eigenaar");
    }

    [Fact]
    public async Task A_combinatie_of_others_gives_the_Dutch_404_page()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "duinstreek-medewerker");

        var response = await page.GotoAsync(Url(app, "aanbieders/combinaties/abcdefghij"));

        Assert.True(response?.Status == 404, $"Een onbekende combinatie hoort 404 te geven, niet {response?.Status}.");
        Assert.Equal("Niet gevonden", await page.Locator("h1").InnerTextAsync());
        await AssertAccessibleAsync(page, "de niet-gevonden-pagina van een combinatie");
    }
}
