using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Budgetten;

/// <summary>Hand changes on the budget page and the coordinator's list of shared keuzes, in Chromium, with axe.</summary>
public class BudgetWijzigingBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private const string Post = "2201 Ambulante jeugdhulp";

    private static async Task<string> MeldingAsync(IPage page) =>
        await page.Locator("[data-testid='gelukt'], [data-testid='weigering'], [data-testid='foutoverzicht']").InnerTextAsync();

    [Fact]
    public async Task Haarlem_charges_its_jeugdhulp_share_to_a_Jeugd_post_and_sees_the_room_left_next_to_that_post()
    {
        await using var app = await StartAsync(azurite);
        await AandeelPostApiTests.VerdeelAsync(app);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-budgethouder");
        await page.GotoAsync(Url(app, "gemeenten/haarlem/budget?weergave=euro"));
        Assert.Equal(0, await page.Locator($"tr[data-ruimte-post='{Post}']").CountAsync());

        await page.GetByLabel("Betalen uit post").SelectOptionAsync(Post);
        await page.GetByRole(AriaRole.Button, new() { Name = "Post voor dit aandeel opslaan" }).ClickAsync();

        var melding = await MeldingAsync(page);
        Assert.True(melding.Contains(Post, StringComparison.Ordinal), $"Na het kiezen hoort de post genoemd te worden: '{melding}'.");
        var aandeel = await page.Locator($"tr[data-aandelen-post='{Post}']").InnerTextAsync();
        var ruimte = await page.Locator($"tr[data-ruimte-post='{Post}']").InnerTextAsync();
        Assert.True(aandeel.Contains("3.000.000", StringComparison.Ordinal), $"Naast de post hoort het aandeel van 3.000.000 per jaar te staan: '{aandeel}'.");
        Assert.True(ruimte.Contains("19.716.000", StringComparison.Ordinal), $"De ruimte op de post in 2023 is 22.716.000 − 3.000.000: '{ruimte}'.");
        Assert.Equal(Post, await page.GetByLabel("Betalen uit post").InputValueAsync());
        await AssertAccessibleAsync(page, "de budgetpagina met een aandeel ten laste van een post");
    }

    [Fact]
    public async Task A_budgethouder_changes_an_amount_and_after_vaststelling_the_form_asks_for_a_reason()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-budgethouder");
        await page.GotoAsync(Url(app, "gemeenten/haarlem/budget?weergave=euro"));
        var formulier = page.GetByRole(AriaRole.Form, new() { Name = "Bedrag van een post wijzigen, Jeugd" });

        await formulier.GetByLabel("Post").SelectOptionAsync(Post);
        await formulier.GetByLabel("Jaar").SelectOptionAsync("2025");
        await formulier.GetByLabel("Nieuw bedrag in hele euro's").FillAsync("23.000.000");
        await formulier.GetByRole(AriaRole.Button, new() { Name = "Bedrag opslaan" }).ClickAsync();

        var fout = await page.Locator("#bedrag-jeugd-reden-fout").InnerTextAsync();
        Assert.Contains("vastgesteld", fout, StringComparison.Ordinal);
        Assert.Contains("31.681.000", await page.Locator("[data-testid='totaal-jeugd']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de budgetpagina met een ontbrekende reden");

        formulier = page.GetByRole(AriaRole.Form, new() { Name = "Bedrag van een post wijzigen, Jeugd" });
        await formulier.GetByLabel("Post").SelectOptionAsync(Post);
        await formulier.GetByLabel("Jaar").SelectOptionAsync("2025");
        await formulier.GetByLabel("Nieuw bedrag in hele euro's").FillAsync("23.000.000");
        await formulier.GetByLabel("Reden voor deze wijziging").FillAsync("Raadsbesluit begrotingswijziging (demo)");
        await formulier.GetByRole(AriaRole.Button, new() { Name = "Bedrag opslaan" }).ClickAsync();

        var melding = await MeldingAsync(page);
        Assert.True(melding.Contains("gewijzigd", StringComparison.Ordinal), $"Na opslaan hoort een bevestiging te staan: '{melding}'.");
        var totaal = await page.Locator("[data-testid='totaal-jeugd']").InnerTextAsync();
        Assert.True(totaal.Contains("31.993.000", StringComparison.Ordinal), $"Het totaal van 2025 hoort 31.681.000 + 312.000 te zijn: '{totaal}'.");
        await AssertAccessibleAsync(page, "de budgetpagina na een wijziging");
    }

    [Fact]
    public async Task The_coordinator_finds_the_shared_keuzes_from_the_regio_page_and_sees_only_what_is_shared()
    {
        await using var app = await StartAsync(azurite);
        var haarlem = app.ClientAs("haarlem-beleidsmedewerker");
        var keuzes = await BudgetWijzigingApiTests.JsonAsync(await haarlem.GetAsync("/api/gemeenten/haarlem/lokale-keuzes", TestContext.Current.CancellationToken));
        await GedeeldeKeuzesApiTests.BewaarAsync(haarlem, keuzes, "sociale-basis", "Buurtcentra met eigen openingstijden per wijk (demo, niet gedeeld).", gedeeld: false);
        await GedeeldeKeuzesApiTests.BewaarAsync(haarlem, keuzes, "sociaal-wijkteam", "Eén sociaal wijkteam per stadsdeel (demo).", gedeeld: true);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "regio-coordinator");
        await page.GotoAsync(Url(app, "organisaties/zk-ijmond"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Lokale keuzes die gemeenten met de regio delen" }).ClickAsync();

        Assert.Equal("Gedeelde lokale keuzes in Zuid-Kennemerland en IJmond", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(["sociaal-wijkteam"], await page.Locator("[data-keuze]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.keuze)"));
        var inhoud = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Eén sociaal wijkteam per stadsdeel (demo).", inhoud, StringComparison.Ordinal);
        Assert.DoesNotContain("Buurtcentra", inhoud, StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de pagina met gedeelde lokale keuzes");

        await using var ander = await browser.Browser.NewContextAsync();
        var velsen = await ander.NewPageAsync();
        await SignInAsync(velsen, app, "velsen-inkoper");
        var response = await velsen.GotoAsync(Url(app, "regio/zk-ijmond/gedeelde-keuzes"));
        Assert.Equal(404, response!.Status);
    }
}
