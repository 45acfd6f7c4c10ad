using System.Net.Http.Json;
using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Trajecten.Paginas;

/// <summary>Changing a traject's data through /trajecten/{id}/wijzigen, reached from the traject page.</summary>
public class TrajectWijzigenBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private const string Id = "dagbesteding-2030";

    [Fact]
    public async Task Haarlem_inkoper_changes_name_and_looptijd_and_sees_them_on_the_traject_page()
    {
        await using var app = await StartAsync(azurite);
        await MaakAsync(app);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");
        await page.GotoAsync(Url(app, $"trajecten/{Id}"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Gegevens wijzigen" }).ClickAsync();
        Assert.Equal("Dagbesteding 2030 (demo)", await page.GetByLabel("Naam", new() { Exact = true }).InputValueAsync());
        Assert.Equal("4", await page.GetByLabel("Looptijd in jaren").InputValueAsync());
        await AssertAccessibleAsync(page, "het formulier om een traject te wijzigen");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Dagbesteding 2030-2037 (demo)");
        await page.GetByLabel("Looptijd in jaren").FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" }).ClickAsync();

        Assert.True(new Uri(page.Url).AbsolutePath == $"/trajecten/{Id}", $"Na het opslaan hoort de trajectpagina te volgen, niet {page.Url}.");
        Assert.Equal("Dagbesteding 2030-2037 (demo)", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("7 jaar, inclusief verlengingen", await page.Locator("[data-testid='looptijd']").InnerTextAsync());
        Assert.Equal("Openbaar", (await page.Locator("[data-testid='procedure']").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task An_empty_name_is_named_in_Dutch_and_changes_nothing()
    {
        await using var app = await StartAsync(azurite);
        await MaakAsync(app);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");
        await page.GotoAsync(Url(app, $"trajecten/{Id}/wijzigen"));

        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("  ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" }).ClickAsync();

        Assert.True(new Uri(page.Url).AbsolutePath == $"/trajecten/{Id}/wijzigen", $"Met een fout hoort het formulier te blijven staan, niet {page.Url}.");
        Assert.Equal("Geef de trajectnaam (maximaal 200 tekens).", await page.Locator("#traject-naam-fout").InnerTextAsync());
        Assert.True(await page.Locator("[data-testid='foutoverzicht'] a[href='#traject-naam']").CountAsync() == 1, "Het foutoverzicht linkt niet naar de naam.");
        Assert.StartsWith("Fout: ", await page.TitleAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "het formulier om een traject te wijzigen, met een fout");
        await page.GotoAsync(Url(app, $"trajecten/{Id}"));
        Assert.Equal("Dagbesteding 2030 (demo)", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task On_a_published_traject_only_naam_and_domein_can_be_changed()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "regio-coordinator");

        await page.GotoAsync(Url(app, "trajecten/jeugdhulp-2023/wijzigen"));

        Assert.StartsWith("Dit traject is gepubliceerd", await page.Locator("[data-testid='vastgelegd']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("select[name='Traject.Procedure'], input[name='Traject.Deelnemers'], input[name='Traject.Looptijd']").CountAsync() == 0,
            "Procedure, deelnemers en contractvoorwaarden horen na publicatie niet meer te wijzigen te zijn.");
        Assert.Contains("Dialooggericht", await page.Locator("[data-testid='vast'] [data-testid='procedure']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "het formulier om een gepubliceerd traject te wijzigen");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Jeugdhulp 2023 (demo)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" }).ClickAsync();

        Assert.Equal("Jeugdhulp 2023 (demo)", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Haarlem_lezer_is_told_in_Dutch_that_only_an_inkoper_can_change_it()
    {
        await using var app = await StartAsync(azurite);
        await MaakAsync(app);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-lezer");

        var response = await page.GotoAsync(Url(app, $"trajecten/{Id}/wijzigen"));

        Assert.True(response?.Status == 403, $"Een lezer hoort 403 te krijgen op het formulier, niet {response?.Status}.");
        Assert.Equal("Geen toegang", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("inkoper", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("main form").CountAsync() == 0, "Een lezer hoort geen formulier te krijgen.");
        await page.GotoAsync(Url(app, $"trajecten/{Id}"));
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Gegevens wijzigen" }).CountAsync() == 0, "Een lezer hoort de link Gegevens wijzigen niet te zien.");
    }

    private static async Task MaakAsync(RegioAppFactory app)
    {
        var created = await app.ClientAs("haarlem-inkoper").PostAsJsonAsync("/api/trajecten", new
        {
            id = Id, naam = "Dagbesteding 2030 (demo)", eigenaar = "gemeente:haarlem", procedure = "Openbaar", domein = "Wmo",
            percelen = new[] { "Dagbesteding" }, contract = new { looptijdJaren = 4, evaluatiemomenten = new[] { 2 }, bekostiging = "Taakgericht" },
        }, TestContext.Current.CancellationToken);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
