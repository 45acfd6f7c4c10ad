using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Trajecten.Paginas;

/// <summary>/trajecten: who sees which trajecten, and searching them by text and by phase.</summary>
public class TrajectenLijstBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private static Task<string[]> GevondenAsync(IPage page) =>
        page.Locator("tbody tr[data-traject]").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.traject)");

    [Fact]
    public async Task Velsen_inkoper_sees_the_published_demo_trajecten_but_not_Haarlems_new_unpublished_one()
    {
        await using var app = await StartAsync(azurite);
        await using var haarlemContext = await browser.Browser.NewContextAsync();
        var haarlem = await haarlemContext.NewPageAsync();
        await SignInAsync(haarlem, app, "haarlem-inkoper");
        await haarlem.GotoAsync(Url(app, "trajecten/nieuw"));
        await TrajectFormulier.VulInAsync(haarlem);
        await TrajectFormulier.VerstuurAsync(haarlem);
        await haarlem.GotoAsync(Url(app, "trajecten"));
        Assert.Contains(TrajectFormulier.Id, await GevondenAsync(haarlem));

        await using var velsenContext = await browser.Browser.NewContextAsync();
        var velsen = await velsenContext.NewPageAsync();
        await SignInAsync(velsen, app, "velsen-inkoper");
        await velsen.GotoAsync(Url(app, "trajecten"));

        var gevonden = await GevondenAsync(velsen);
        Assert.DoesNotContain(TrajectFormulier.Id, gevonden);
        Assert.Equal(["gewoon-in-de-wijk", "huishoudelijke-ondersteuning-2022", "jeugdhulp-2023"], gevonden.Order(StringComparer.Ordinal));
        Assert.Equal("3 trajecten gevonden", await velsen.Locator("[data-testid='aantal']").InnerTextAsync());
        var jeugdhulp = await velsen.Locator("tr[data-traject='jeugdhulp-2023']").InnerTextAsync();
        Assert.True(jeugdhulp.Contains("Regio Zuid-Kennemerland en IJmond", StringComparison.Ordinal) && jeugdhulp.Contains("Dialooggericht (SAS)", StringComparison.Ordinal),
            $"De rij van jeugdhulp 2023 noemt eigenaar of procedure niet: '{jeugdhulp}'.");
        Assert.True(await velsen.GetByRole(AriaRole.Link, new() { Name = "Nieuw traject" }).CountAsync() == 1, "Een inkoper hoort de knop Nieuw traject te zien.");
        await AssertAccessibleAsync(velsen, "de lijst van trajecten");

        var response = await velsen.GotoAsync(Url(app, $"trajecten/{TrajectFormulier.Id}"));
        Assert.True(response?.Status == 404, $"Velsen hoort 404 te krijgen voor het onaangekondigde traject van Haarlem, niet {response?.Status}.");
        Assert.DoesNotContain(TrajectFormulier.Naam, await velsen.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searching_by_text_and_by_phase_narrows_the_list()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "velsen-inkoper");
        await page.GotoAsync(Url(app, "trajecten"));
        var alle = await GevondenAsync(page);

        await page.GetByLabel("Zoek in de naam").FillAsync("jeugd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();

        Assert.Equal(["jeugdhulp-2023"], await GevondenAsync(page));
        Assert.Equal("1 traject gevonden", await page.Locator("[data-testid='aantal']").InnerTextAsync());
        Assert.Equal("jeugd", await page.GetByLabel("Zoek in de naam").InputValueAsync());
        await AssertAccessibleAsync(page, "de lijst van trajecten na een zoekopdracht");

        await page.GetByLabel("Zoek in de naam").FillAsync("");
        await page.GetByLabel("Fase").SelectOptionAsync(new SelectOptionValue { Label = "Dialoog" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();

        var inDialoog = await GevondenAsync(page);
        Assert.True(inDialoog.Length > 0 && inDialoog.Length < alle.Length && !inDialoog.Contains("huishoudelijke-ondersteuning-2022"),
            $"Filteren op de fase Dialoog hoort de lijst te versmallen tot trajecten met een perceel in dialoog: {string.Join(", ", inDialoog)} (van {string.Join(", ", alle)}).");
        Assert.Equal("Dialoog", await page.Locator("#zoek-fase option:checked").InnerTextAsync());

        await page.GotoAsync(Url(app, "trajecten?zoek=bestaat-niet"));
        Assert.Equal("0 trajecten gevonden", await page.Locator("[data-testid='aantal']").InnerTextAsync());
    }
}
