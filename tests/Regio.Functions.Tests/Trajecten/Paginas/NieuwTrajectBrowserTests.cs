using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Trajecten.Paginas;

/// <summary>Starting a traject through /trajecten/nieuw: locally as an inkoper, regionally as the regiocoördinator.</summary>
public class NieuwTrajectBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    [Fact]
    public async Task Haarlem_inkoper_creates_a_local_traject_with_two_percelen_and_lands_on_its_page()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");
        await page.GotoAsync(Url(app, "trajecten"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw traject" }).ClickAsync();
        Assert.Equal("Gemeente Haarlem", await page.Locator("[data-testid='eigenaar']").InnerTextAsync());
        Assert.True(await page.Locator("input[name='Traject.Deelnemers']").CountAsync() == 0, "Een lokaal traject hoort geen keuze van deelnemende gemeenten te tonen.");
        await AssertAccessibleAsync(page, "het formulier voor een nieuw traject");

        await TrajectFormulier.VulInAsync(page);
        await TrajectFormulier.VerstuurAsync(page);

        Assert.True(new Uri(page.Url).AbsolutePath == $"/trajecten/{TrajectFormulier.Id}", $"Na het aanmaken hoort de trajectpagina te volgen, niet {page.Url}.");
        Assert.Equal(TrajectFormulier.Naam, await page.Locator("h1").InnerTextAsync());
        var fasen = await TrajectFormulier.FasenAsync(page);
        Assert.Equal(["Perceel 1: Sociale basis", "Perceel 2: Sociaal wijkteam"], fasen.Keys);
        Assert.All(fasen.Values, fase => Assert.Equal("Voorbereiding", fase));
        Assert.Equal("Gemeente Haarlem", await page.Locator("[data-testid='eigenaar']").InnerTextAsync());
        Assert.Equal("Na jaar 3 en 6", await page.Locator("[data-testid='evaluaties']").InnerTextAsync());
        Assert.Equal("Dialooggericht (SAS)", (await page.Locator("[data-testid='procedure']").InnerTextAsync()).Trim());
        await AssertAccessibleAsync(page, "de pagina van het nieuwe traject");
    }

    [Fact]
    public async Task An_empty_form_shows_Dutch_messages_for_id_and_naam_and_creates_nothing()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");
        await page.GotoAsync(Url(app, "trajecten/nieuw"));

        await TrajectFormulier.VerstuurAsync(page);

        Assert.True(new Uri(page.Url).AbsolutePath == "/trajecten/nieuw", $"Een leeg formulier hoort op de pagina te blijven, niet naar {page.Url} te gaan.");
        var idFout = await page.Locator("#traject-id-fout").InnerTextAsync();
        Assert.True(idFout.StartsWith("Geef een id van 3 tot 60 tekens", StringComparison.Ordinal), $"De melding bij het id is niet de verwachte: '{idFout}'.");
        Assert.Equal("Geef de trajectnaam (maximaal 200 tekens).", await page.Locator("#traject-naam-fout").InnerTextAsync());
        Assert.True(await page.GetByLabel("Id", new() { Exact = true }).GetAttributeAsync("aria-invalid") == "true", "Het id-veld is niet als ongeldig gemarkeerd.");
        var overzicht = page.Locator("[data-testid='foutoverzicht']");
        Assert.True(await overzicht.Locator("a[href='#traject-id']").CountAsync() == 1 && await overzicht.Locator("a[href='#traject-naam']").CountAsync() == 1,
            $"Het foutoverzicht linkt niet naar id en naam: '{await overzicht.InnerTextAsync()}'.");
        Assert.StartsWith("Fout: ", await page.TitleAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "het formulier voor een nieuw traject met fouten");

        await page.GotoAsync(Url(app, "trajecten?eigenaar=gemeente:haarlem"));
        var haarlem = await page.Locator("tbody tr[data-traject]").AllAsync();
        Assert.True(haarlem.Count == 2, $"Na een leeg formulier horen alleen de twee demotrajecten van Haarlem er te zijn, niet {haarlem.Count}.");
    }

    [Fact]
    public async Task Regio_coordinator_creates_a_regional_traject_for_three_gemeenten()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "regio-coordinator");
        await page.GotoAsync(Url(app, "trajecten/nieuw"));
        var vinkjes = page.Locator("input[name='Traject.Deelnemers']");
        Assert.True(await vinkjes.CountAsync() == 7 && (await vinkjes.EvaluateAllAsync<bool[]>("vs => vs.map(v => v.checked)")).All(c => c),
            "Een regionaal traject hoort de zeven gemeenten van de regio aangevinkt aan te bieden.");

        await TrajectFormulier.VulInAsync(page, "vervoer-ijmond-2027", "Vervoer IJmond 2027 (demo)", "");
        foreach (var gemeente in new[] { "Haarlem", "Zandvoort", "Bloemendaal", "Heemstede" })
        {
            await page.GetByLabel(gemeente, new() { Exact = true }).UncheckAsync();
        }
        await TrajectFormulier.VerstuurAsync(page);

        Assert.True(new Uri(page.Url).AbsolutePath == "/trajecten/vervoer-ijmond-2027", $"Na het aanmaken hoort de trajectpagina te volgen, niet {page.Url}.");
        Assert.Equal(["Velsen", "Beverwijk", "Heemskerk"], await page.Locator("[data-testid='deelnemers'] li").AllInnerTextsAsync());
        Assert.Equal("Regio Zuid-Kennemerland en IJmond", await page.Locator("[data-testid='eigenaar']").InnerTextAsync());
        Assert.Equal(["Perceel 1: Vervoer IJmond 2027 (demo)"], (await TrajectFormulier.FasenAsync(page)).Keys);
    }

    [Fact]
    public async Task Haarlem_lezer_is_told_in_Dutch_that_only_an_inkoper_can_start_a_traject()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-lezer");

        var response = await page.GotoAsync(Url(app, "trajecten/nieuw"));

        Assert.True(response?.Status == 403, $"Een lezer hoort 403 te krijgen op het formulier, niet {response?.Status}.");
        Assert.Equal("Geen toegang", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("inkoper", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("main form").CountAsync() == 0, "Een lezer hoort geen formulier te krijgen.");
        await page.GotoAsync(Url(app, "trajecten"));
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw traject" }).CountAsync() == 0, "Een lezer hoort de knop Nieuw traject niet te zien.");
    }
}
