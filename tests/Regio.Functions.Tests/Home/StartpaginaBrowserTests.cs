using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Regio.Tests;

namespace Regio.Functions.Tests.Home;

/// <summary>The home page as a person sees it: real Kestrel, real Chromium, real storage.</summary>
public class StartpaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    [Fact]
    public async Task A_visitor_chooses_a_regio_on_the_home_page_and_lands_on_its_page()
    {
        await using var app = await StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(app.ClientOptions.BaseAddress.ToString());

        Assert.Equal("Kies een regio", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(["Kustregio (demo) (3 gemeenten)", "Zuid-Kennemerland en IJmond (7 gemeenten)"],
            (await page.Locator("[data-testid='alle-regios'] li").AllInnerTextsAsync()).Select(t => t.Trim()));
        await page.GetByRole(AriaRole.Link, new() { Name = "Kustregio (demo)" }).ClickAsync();

        Assert.Equal("Regio Kustregio (demo)", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(["Zeedorp (demo)", "Duinwijk (demo)"], await page.Locator("[data-subregio='Noordkust (demo)'] li").AllInnerTextsAsync());
        Assert.Equal(0, await page.Locator("tr[data-traject]").CountAsync());
    }

    [Fact]
    public async Task Regio_page_shows_the_seven_gemeenten_by_subregio_and_the_three_trajecten()
    {
        await using var app = await StartAsync();
        var page = await browser.Browser.NewPageAsync();

        await page.GotoAsync(app.ClientOptions.BaseAddress + "regio/zk-ijmond");

        Assert.Equal("Regio Zuid-Kennemerland en IJmond", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(["Haarlem", "Zandvoort", "Bloemendaal", "Heemstede"], await page.Locator("[data-subregio='Zuid-Kennemerland'] li").AllInnerTextsAsync());
        Assert.Equal(["Velsen", "Beverwijk", "Heemskerk"], await page.Locator("[data-subregio='IJmond'] li").AllInnerTextsAsync());
        var rows = page.Locator("tr[data-traject]");
        Assert.Equal(3, await rows.CountAsync());
        var jeugd = page.Locator("tr[data-traject='jeugdhulp-2023']");
        Assert.Contains("Regio Zuid-Kennemerland en IJmond", await jeugd.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Dialooggerichte aanbesteding", await jeugd.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Gecontracteerd", await page.Locator("tr[data-traject='huishoudelijke-ondersteuning-2022']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Gemeente Haarlem", await page.Locator("tr[data-traject='gewoon-in-de-wijk']").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("regio/zk-ijmond")]
    public async Task Home_and_regio_page_have_no_WCAG_2_1_AA_violations(string pad)
    {
        await using var app = await StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(app.ClientOptions.BaseAddress + pad);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
        Assert.True(result.Passes.Length > 0, "axe-core heeft niets gecontroleerd; is de pagina wel geladen?");
    }

    [Fact]
    public async Task Skip_link_is_the_first_stop_for_keyboard_users_and_leads_to_the_content()
    {
        await using var app = await StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(app.ClientOptions.BaseAddress.ToString());

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Naar de inhoud", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("inhoud", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task Anyone_downloads_the_open_data_from_the_regio_page_without_signing_in()
    {
        await using var app = await StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(app.ClientOptions.BaseAddress + "regio/zk-ijmond");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Alle releases (OCDS release package, JSON)" }).ClickAsync());
        var json = await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);

        Assert.Equal("zk-ijmond-ocds-releases.json", download.SuggestedFilename);
        Assert.Empty(await OpenData.OcdsSchema.ReleasePackageFoutenAsync(json));
        Assert.Contains("\"ocid\":\"ocds-regio-jeugdhulp-2023\"", json, StringComparison.Ordinal);
    }

    private async Task<RegioAppFactory> StartAsync()
    {
        var app = new RegioAppFactory(azurite);
        app.UseKestrel(0);
        app.StartServer();
        return await app.LoadDemoDataAsync();
    }
}
