using System.Text;
using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Budgetten;

/// <summary>The budget, lokale keuzes and verdeling pages in Chromium, as a budgethouder and the regio coordinator use them.</summary>
public class BudgetPaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private static FilePayload Csv(string inhoud) => new() { Name = "jeugd-2026.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(inhoud) };

    [Fact]
    public async Task A_budgethouder_imports_a_sheet_sees_the_preview_applies_it_and_the_page_shows_the_new_totals()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-budgethouder");
        await page.GotoAsync(Url(app, "organisaties/haarlem"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Budget, import en export, aandeel in gedeelde percelen" }).ClickAsync();
        Assert.Equal("Budget van Haarlem", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("33.125", await page.Locator("[data-testid='totaal-jeugd']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de budgetpagina");

        await page.GetByLabel("Domein").SelectOptionAsync("jeugd");
        await page.GetByLabel("Bestand").SetInputFilesAsync(Csv(Budgetbladen.Jeugd2026));
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorvertoning tonen" }).ClickAsync();

        var samenvatting = await page.Locator("[data-testid='samenvatting']").InnerTextAsync();
        Assert.True(samenvatting.Contains("1 verwijderd", StringComparison.Ordinal), $"De voorvertoning noemt de vervallen post niet: '{samenvatting}'.");
        Assert.Contains("2203 Hoogspecialistische jeugdhulp", await page.Locator("tr[data-wijziging='Verwijderd']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("33.125", await page.Locator("[data-testid='totaal-jeugd']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de voorvertoning van een import");

        await page.GetByLabel("Reden van de wijziging").FillAsync("Raadsbesluit begrotingswijziging (demo)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import toepassen" }).ClickAsync();

        var melding = await page.Locator("[data-testid='gelukt'], [data-testid='weigering'], [data-testid='foutoverzicht']").InnerTextAsync();
        Assert.True(melding.Contains("toegepast", StringComparison.Ordinal), $"Na toepassen hoort een bevestiging te staan: '{melding}'.");
        var totaal = await page.Locator("[data-testid='totaal-jeugd']").InnerTextAsync();
        Assert.True(totaal.Contains("29.500", StringComparison.Ordinal) && !totaal.Contains("33.125", StringComparison.Ordinal),
            $"De totaalrij hoort de nieuwe totalen (29.500 k€) te tonen: '{totaal}'.");
        await page.GotoAsync(Url(app, "gemeenten/haarlem/budget?weergave=euro"));
        Assert.Contains("29.500.000", await page.Locator("[data-testid='totaal-jeugd']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de budgetpagina na een import");
    }

    [Fact]
    public async Task A_sheet_with_text_in_an_amount_shows_the_row_and_column_and_changes_nothing()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-budgethouder");
        await page.GotoAsync(Url(app, "gemeenten/haarlem/budget"));

        await page.GetByLabel("Domein").SelectOptionAsync("jeugd");
        await page.GetByLabel("Bestand").SetInputFilesAsync(Csv("Post;2026\r\nA;veel\r\n"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorvertoning tonen" }).ClickAsync();

        var fout = await page.Locator("#import-bestand-fout").InnerTextAsync();
        Assert.StartsWith("Rij 2, kolom B", fout, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid='voorvertoning']").CountAsync());
        Assert.Contains("33.125", await page.Locator("[data-testid='totaal-jeugd']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de budgetpagina na een fout in het blad");
    }

    [Fact]
    public async Task The_lokale_keuzes_page_shows_Gewoon_in_de_Wijk_and_the_coordinator_gets_the_404_page()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-budgethouder");
        await page.GotoAsync(Url(app, "gemeenten/haarlem/lokale-keuzes"));
        Assert.Equal(3, await page.Locator("section[data-keuze]").CountAsync());
        await AssertAccessibleAsync(page, "de pagina met lokale keuzes");

        await page.GetByLabel("Naam", new() { Exact = true }).Last.FillAsync("Schuldhulp in de wijk (demo)");
        await page.Locator("#nieuw-omschrijving").FillAsync("Inloopspreekuur in elk wijkcentrum (demo).");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keuze vastleggen" }).ClickAsync();
        Assert.Contains("Schuldhulp in de wijk (demo)", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(4, await page.Locator("section[data-keuze]").CountAsync());

        await using var ander = await browser.Browser.NewContextAsync();
        var coordinator = await ander.NewPageAsync();
        await SignInAsync(coordinator, app, "regio-coordinator");
        var response = await coordinator.GotoAsync(Url(app, "gemeenten/haarlem/lokale-keuzes"));
        Assert.Equal(404, response!.Status);
        Assert.Equal("Niet gevonden", await coordinator.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task The_coordinator_records_a_verdeling_and_sees_the_shares_and_their_sum()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "regio-coordinator");
        await page.GotoAsync(Url(app, "trajecten/jeugdhulp-2023"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Verdeling over de gemeenten (contractwaarde en aandelen)" }).ClickAsync();

        var perceel = page.Locator("section[data-perceel='2']");
        await perceel.GetByLabel("Contractwaarde per jaar, perceel 2").FillAsync("2023 = 7.000.006\n2024 = 7.000.000");
        foreach (var gemeente in new[] { "Haarlem", "Zandvoort", "Bloemendaal", "Heemstede", "Velsen", "Beverwijk", "Heemskerk" })
            await perceel.GetByLabel($"Aandeel van {gemeente}").FillAsync("1/7");
        await perceel.GetByRole(AriaRole.Button).ClickAsync();

        Assert.Contains("vastgelegd", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        var som = await page.Locator("section[data-perceel='2'] [data-testid='som']").InnerTextAsync();
        Assert.True(som.Contains("7.000.006", StringComparison.Ordinal) && som.Contains("7.000.000", StringComparison.Ordinal), $"De som hoort de contractwaarde te zijn: '{som}'.");
        await AssertAccessibleAsync(page, "de verdelingspagina");
    }
}
