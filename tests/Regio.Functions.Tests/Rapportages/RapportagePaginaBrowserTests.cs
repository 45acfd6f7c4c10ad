using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Rapportages;

/// <summary>The coordinator's monthly letter in Chromium: generate, edit, finalise after confirming, download the DOCX.</summary>
public class RapportagePaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Coordinator_generates_edits_finalises_and_downloads_the_months_letter_with_no_WCAG_violations()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "regio-coordinator");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Raadsinformatiebrieven" }).ClickAsync();
        Assert.Equal("Raadsinformatiebrieven", await page.Locator("h1").InnerTextAsync());
        await AssertAccessibleAsync(page, "de lijst van raadsinformatiebrieven zonder brieven");
        await page.GetByLabel("Maand", new() { Exact = true }).FillAsync("2022-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept genereren" }).ClickAsync();

        Assert.Equal("/regio/zk-ijmond/rapportages/2022-01", new Uri(page.Url).AbsolutePath);
        Assert.Equal("Raadsinformatiebrief januari 2022", await page.Locator("h1").InnerTextAsync());
        var kern = page.GetByLabel("Kernboodschap", new() { Exact = true });
        Assert.Contains("Op 19 januari 2022 ging perceel 1 (Complexe jeugdhulp) naar de fase dialoog", await kern.InputValueAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "een concept van de raadsinformatiebrief");
        await kern.FillAsync(await kern.InputValueAsync() + "\nDe wethouders van de zeven gemeenten waren bij de kick-off (demo).");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        Assert.Equal("De tekst is opgeslagen.", await page.Locator("[data-testid='gelukt']").InnerTextAsync());
        Assert.Equal("Concept (versie 2)", await page.Locator("[data-testid='status']").InnerTextAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Definitief maken" }).ClickAsync();
        Assert.Contains("Vink aan dat u de brief heeft gecontroleerd", await page.Locator("[data-testid='foutoverzicht']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "een concept waarvan het definitief maken niet is bevestigd");
        await page.GetByLabel("Ik heb de brief gecontroleerd", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Definitief maken" }).ClickAsync();
        Assert.Equal("Definitief", await page.Locator("[data-testid='status']").InnerTextAsync());
        Assert.Equal(0, await page.Locator("textarea").CountAsync());
        await AssertAccessibleAsync(page, "een definitieve raadsinformatiebrief");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid='docx']").ClickAsync());
        var docx = await File.ReadAllBytesAsync((await download.PathAsync())!, Ct);
        Assert.Equal("raadsinformatiebrief-zk-ijmond-2022-01.docx", download.SuggestedFilename);
        var alineas = RapportageApiTests.Alineas(docx);
        Assert.Equal(["Aanleiding", "Kernboodschap", "Consequenties", "Vervolg"], alineas.Where(a => a.Stijl == "Heading1").Select(a => a.Tekst));
        Assert.Contains(alineas, a => a.Tekst == "De wethouders van de zeven gemeenten waren bij de kick-off (demo).");

        await page.GetByRole(AriaRole.Link, new() { Name = "Alle raadsinformatiebrieven" }).ClickAsync();
        Assert.Contains("Definitief", await page.Locator("tr[data-maand='2022-01']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de lijst van raadsinformatiebrieven met een definitieve brief");
    }

    [Fact]
    public async Task A_gemeente_finds_the_letters_in_the_menu_but_no_form_and_a_future_month_is_refused_on_the_field()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "velsen-inkoper");

        await page.GetByRole(AriaRole.Link, new() { Name = "Raadsinformatiebrieven" }).ClickAsync();
        Assert.EndsWith("/regio/zk-ijmond/rapportages", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("form").Filter(new() { HasText = "Concept genereren" }).CountAsync());
        Assert.Equal("Er zijn nog geen definitieve raadsinformatiebrieven.", await page.Locator("[data-testid='geen-brieven']").InnerTextAsync());
        await AssertAccessibleAsync(page, "de lijst van raadsinformatiebrieven voor een gemeente");

        await context.ClearCookiesAsync();
        await SignInAsync(page, app, "regio-coordinator");
        await page.GotoAsync(Url(app, "regio/zk-ijmond/rapportages"));
        await page.GetByLabel("Maand", new() { Exact = true }).FillAsync("2099-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept genereren" }).ClickAsync();

        Assert.Contains("Januari 2099 is nog niet begonnen", await page.Locator("[data-testid='foutoverzicht']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de lijst van raadsinformatiebrieven met een fout in de maand");
    }
}
