using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Trajecten.Beoordelingen;

/// <summary>The beoordeling page in Chromium: a beoordelaar scores an opened inschrijving on their own.</summary>
public class BeoordelingPaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private const string Jeugdzorg = "Jeugdzorg Kennemerland B.V. (demo)";

    [Fact]
    public async Task Beoordelaar_scores_an_inschrijving_on_the_page_and_sees_only_their_own_scores_with_no_WCAG_violations()
    {
        await using var p = await GeopendPerceel.MaakAsync(azurite, "beoordeling-pagina", browser: true);
        Assert.True((await p.ScoorAsync("haarlem-beoordelaar-2", GeopendPerceel.Jeugdzorg, 4, 4)).IsSuccessStatusCode);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, p.App, "haarlem-beoordelaar");

        await page.GotoAsync(Url(p.App, "trajecten/beoordeling-pagina"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Gunningscriteria en beoordeling perceel 1: Perceel A" }).ClickAsync();
        Assert.Equal("Beoordeling perceel 1: Perceel A", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("0 van 2 beoordelaars klaar.", await page.Locator("[data-testid='voortgang']").InnerTextAsync());
        await AssertAccessibleAsync(page, "de beoordelingspagina van een beoordelaar");

        var inschrijving = page.Locator($"section[data-inschrijver='{GeopendPerceel.Jeugdzorg}']");
        Assert.Equal(1, await inschrijving.GetByRole(AriaRole.Link, new() { Name = "Plan van aanpak: plan.pdf" }).CountAsync());
        await inschrijving.GetByLabel("Score voor K1 Plan van aanpak (60%)").SelectOptionAsync("8");
        await inschrijving.GetByLabel("Motivering voor K1 Plan van aanpak").FillAsync("Concreet en meetbaar plan (demo).");
        await inschrijving.GetByLabel("Score voor K2 Samenwerking (40%)").SelectOptionAsync("6");
        await inschrijving.GetByRole(AriaRole.Button, new() { Name = $"Scores opslaan voor {Jeugdzorg}" }).ClickAsync();

        var gelukt = page.Locator("[data-testid='gelukt']").Or(page.Locator("[data-testid='foutoverzicht']"));
        Assert.Contains("Motiveer de score voor 'Samenwerking'", await gelukt.InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de beoordelingspagina met een foutmelding");
        inschrijving = page.Locator($"section[data-inschrijver='{GeopendPerceel.Jeugdzorg}']");
        Assert.True("8" == await inschrijving.GetByLabel("Score voor K1 Plan van aanpak (60%)").InputValueAsync(), await inschrijving.InnerHTMLAsync());
        await inschrijving.GetByLabel("Motivering voor K2 Samenwerking").FillAsync("Goede afspraken met het wijkteam (demo).");
        await inschrijving.GetByRole(AriaRole.Button, new() { Name = $"Scores opslaan voor {Jeugdzorg}" }).ClickAsync();

        Assert.StartsWith("Uw scores zijn opgeslagen", await page.Locator("[data-testid='gelukt']").InnerTextAsync(), StringComparison.Ordinal);
        var tabel = await page.Locator($"section[data-inschrijver='{GeopendPerceel.Jeugdzorg}'] [data-testid='scores-naast-elkaar']").InnerTextAsync();
        Assert.Contains("Goede afspraken met het wijkteam (demo).", tabel, StringComparison.Ordinal);
        Assert.DoesNotContain("Onderbouwd in het plan (demo).", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de beoordelingspagina na het scoren");
    }

    [Fact]
    public async Task Inkoper_sees_the_scores_side_by_side_once_all_scored_records_the_consensus_and_reads_the_ranking_with_no_WCAG_violations()
    {
        await using var p = await GeopendPerceel.MaakAsync(azurite, "consensus-pagina", browser: true);
        foreach (var (wie, k1) in new[] { ("haarlem-beoordelaar", 8), ("haarlem-beoordelaar-2", 6) })
        {
            Assert.True((await p.ScoorAsync(wie, GeopendPerceel.Jeugdzorg, k1, 6)).IsSuccessStatusCode);
            Assert.True((await p.ScoorAsync(wie, GeopendPerceel.Thuishulp, 4, 4)).IsSuccessStatusCode);
        }
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, p.App, "haarlem-inkoper");

        await page.GotoAsync(Url(p.App, "trajecten/consensus-pagina/percelen/1/beoordeling"));
        Assert.StartsWith("Iedereen heeft gescoord (2 van 2 beoordelaars klaar)", await page.Locator("[data-testid='voortgang']").InnerTextAsync(), StringComparison.Ordinal);
        var inschrijving = page.Locator($"section[data-inschrijver='{GeopendPerceel.Jeugdzorg}']");
        var naastElkaar = await inschrijving.Locator("[data-testid='scores-naast-elkaar']").InnerTextAsync();
        Assert.True(naastElkaar.Contains("Charlotte Bakker (demo)", StringComparison.Ordinal) && naastElkaar.Contains("Vera Hoekstra (demo)", StringComparison.Ordinal), naastElkaar);
        await AssertAccessibleAsync(page, "de beoordelingspagina van de inkoper na het scoren");

        await inschrijving.GetByLabel("Score voor K1 Plan van aanpak (60%)").SelectOptionAsync("8");
        await inschrijving.GetByLabel("Motivering voor K1 Plan van aanpak").FillAsync("De commissie volgt de hoogste score: het plan is concreet (demo).");
        await inschrijving.GetByLabel("Score voor K2 Samenwerking (40%)").SelectOptionAsync("6");
        await inschrijving.GetByLabel("Motivering voor K2 Samenwerking").FillAsync("Eensgezind (demo).");
        await inschrijving.GetByRole(AriaRole.Button, new() { Name = $"Consensus vastleggen voor {Jeugdzorg}" }).ClickAsync();

        Assert.Equal("De consensus is vastgelegd.", await page.Locator("[data-testid='gelukt']").InnerTextAsync());
        Assert.Contains("72,00 van 100 punten", await page.Locator($"section[data-inschrijver='{GeopendPerceel.Jeugdzorg}'] [data-testid='totaal']").InnerTextAsync(), StringComparison.Ordinal);
        var rangschikking = await page.Locator("[data-testid='rangschikking']").InnerTextAsync();
        Assert.Contains(Jeugdzorg, rangschikking, StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de beoordelingspagina met consensus en rangschikking");
    }

    [Fact]
    public async Task Inkoper_sets_criteria_with_subcriteria_on_the_page_before_the_opening_with_no_WCAG_violations()
    {
        await using var p = await GeopendPerceel.MaakAsync(azurite, "criteria-pagina", criteria: false, browser: true, geopend: false);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, p.App, "haarlem-inkoper");

        await page.GotoAsync(Url(p.App, "trajecten/criteria-pagina/percelen/1/beoordeling"));
        await AssertAccessibleAsync(page, "de beoordelingspagina van de inkoper voor de opening");
        await page.Locator("#criteria-0-code").FillAsync("K1");
        await page.Locator("#criteria-0-naam").FillAsync("Visie op transformatie");
        await page.Locator("#criteria-0-weging").FillAsync("70");
        await page.Locator("#criteria-0-subcriteria").FillAsync("a; Ambulantisering; 50\nb; Normalisatie; 40");
        await page.Locator("#criteria-1-code").FillAsync("K2");
        await page.Locator("#criteria-1-naam").FillAsync("Samenwerking");
        await page.Locator("#criteria-1-weging").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gunningscriteria opslaan" }).ClickAsync();

        var fouten = await page.Locator("[data-testid='foutoverzicht']").InnerTextAsync();
        Assert.Contains("tellen op tot 90%", fouten, StringComparison.Ordinal);
        Assert.Equal("Samenwerking", await page.Locator("#criteria-1-naam").InputValueAsync());
        await AssertAccessibleAsync(page, "het criteriaformulier met een foutmelding");
        await page.Locator("#criteria-0-subcriteria").FillAsync("a; Ambulantisering; 50\nb; Normalisatie; 50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gunningscriteria opslaan" }).ClickAsync();

        Assert.Equal("De gunningscriteria zijn vastgesteld.", await page.Locator("[data-testid='gelukt']").InnerTextAsync());
        var tabel = await page.Locator("[data-testid='criteria']").InnerTextAsync();
        Assert.True(tabel.Contains("K1.b", StringComparison.Ordinal) && tabel.Contains("Normalisatie", StringComparison.Ordinal), tabel);
    }
}
