using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Regio.Tests;

namespace Regio.Functions.Tests.Home;

/// <summary>The home page as a person sees it: real Kestrel, real Chromium, real storage.</summary>
public class StartpaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    [Fact]
    public async Task Home_page_shows_the_seven_gemeenten_by_subregio_and_the_three_trajecten()
    {
        await using var app = await StartAsync();
        var page = await browser.Browser.NewPageAsync();

        await page.GotoAsync(app.ClientOptions.BaseAddress.ToString());

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

    [Fact]
    public async Task Home_page_has_no_WCAG_2_1_AA_violations()
    {
        await using var app = await StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(app.ClientOptions.BaseAddress.ToString());

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
    public async Task Anyone_downloads_the_open_data_from_the_home_page_without_signing_in()
    {
        await using var app = await StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(app.ClientOptions.BaseAddress.ToString());

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
