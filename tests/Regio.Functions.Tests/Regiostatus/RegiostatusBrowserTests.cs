using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Regiostatus;

/// <summary>The status page in Chromium: reached from the main menu, filtered with a plain GET form, accessible.</summary>
public partial class RegiostatusBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    [Fact]
    public async Task The_coordinator_opens_the_status_from_the_menu_filters_it_and_sees_only_what_matches()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "regio-coordinator");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Regiostatus" }).ClickAsync();

        Assert.Equal("/regio/zk-ijmond/status", new Uri(page.Url).AbsolutePath);
        Assert.Equal("Status van de regio Zuid-Kennemerland en IJmond", await page.Locator("h1").InnerTextAsync());
        var jeugdhulp = page.Locator("[data-traject='jeugdhulp-2023']");
        Assert.Equal(2, await jeugdhulp.Locator("[data-testid='percelen'] tbody tr").CountAsync());
        var volgende = await jeugdhulp.Locator("[data-testid='volgende-mijlpaal']").InnerTextAsync();
        Assert.True(DagenTeLaat().IsMatch(volgende), $"De volgende mijlpaal zegt niet hoeveel dagen die te laat is: '{volgende}'.");
        Assert.Equal(0, await page.Locator("[data-traject='huishoudelijke-ondersteuning-2022']").CountAsync());
        await AssertAccessibleAsync(page, "de regiostatus");

        await page.GetByLabel("Domein").SelectOptionAsync("Jeugd");
        await page.GetByLabel("Fase").SelectOptionAsync("Dialoog");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();

        Assert.Contains("domein=Jeugd", page.Url, StringComparison.Ordinal);
        Assert.Equal("1 traject past bij de filters.", (await page.Locator("[data-testid='aantal']").InnerTextAsync()).Trim());
        Assert.Equal("Dialoog", await page.GetByLabel("Fase").InputValueAsync());
        var fasen = await page.Locator("[data-traject='jeugdhulp-2023'] [data-testid='fase']").AllInnerTextsAsync();
        Assert.All(fasen, f => Assert.StartsWith("Dialoog sinds", f, StringComparison.Ordinal));
        await AssertAccessibleAsync(page, "de gefilterde regiostatus");

        await page.GetByLabel("Domein").SelectOptionAsync("Wmo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();

        Assert.Equal("Geen trajecten passen bij de filters.", (await page.Locator("[data-testid='aantal']").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator("[data-traject]").CountAsync());
    }

    [Fact]
    public async Task A_budgethouder_sees_the_regional_and_own_trajecten_with_the_own_share_beside_the_own_post()
    {
        await using var app = await StartAsync(azurite);
        await Budgetten.AandeelPostApiTests.VerdeelAsync(app);
        var keuze = await Budgetten.BudgetWijzigingApiTests.SendAsync(app.ClientAs("haarlem-budgethouder"), HttpMethod.Put,
            "/api/gemeenten/haarlem/budget/aandelen/jeugdhulp-2023/1/post", new { post = "2201 Ambulante jeugdhulp" }, null);
        Assert.True(keuze.IsSuccessStatusCode, await keuze.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-budgethouder");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Regiostatus" }).ClickAsync();

        Assert.Equal(3, await page.Locator("[data-traject]").CountAsync());
        var eigen = await page.Locator("[data-testid='eigen-aandeel-jeugdhulp-2023-1']").InnerTextAsync();
        Assert.True(eigen.Contains("de post 2201 Ambulante jeugdhulp", StringComparison.Ordinal) && eigen.Contains("€ 3.000.000", StringComparison.Ordinal),
            $"Het eigen aandeel staat niet naast de eigen post: '{eigen}'.");
        Assert.Equal(0, await page.Locator("[data-testid^='verdeling-']").CountAsync());
        await AssertAccessibleAsync(page, "de regiostatus van een gemeente");
    }

    [Fact]
    public async Task From_the_filtered_status_the_coordinator_generates_the_months_letter_and_downloads_it_as_DOCX()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "regio-coordinator");
        await page.GotoAsync(Url(app, "regio/zk-ijmond/status"));
        await page.GetByLabel("Domein").SelectOptionAsync("Jeugd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        Assert.Equal("1 traject past bij de filters.", (await page.Locator("[data-testid='aantal']").InnerTextAsync()).Trim());

        await page.GetByRole(AriaRole.Link, new() { Name = "de raadsinformatiebrieven per maand" }).ClickAsync();
        await page.GetByLabel("Maand", new() { Exact = true }).FillAsync("2022-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept genereren" }).ClickAsync();
        await AssertAccessibleAsync(page, "het concept van de maandbrief, bereikt vanuit de status");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid='docx']").ClickAsync());
        var docx = await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        var alineas = Rapportages.RapportageApiTests.Alineas(docx);
        Assert.Equal(["Aanleiding", "Kernboodschap", "Consequenties", "Vervolg"], alineas.Where(a => a.Stijl == "Heading1").Select(a => a.Tekst));
        Assert.Contains(alineas, a => a.Tekst.Contains("19 januari 2022", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\d+ dagen te laat")]
    private static partial Regex DagenTeLaat();
}
