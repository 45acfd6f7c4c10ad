using System.Net.Http.Json;
using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Trajecten.Paginas;

/// <summary>The planning, dossier and history pages of a traject, in Chromium.</summary>
public class PlanningEnDossierBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private static async Task MaakTrajectAsync(RegioAppFactory app)
    {
        var response = await app.ClientAs("haarlem-inkoper").PostAsJsonAsync("/api/trajecten", new
        {
            id = "dagbesteding-2027", naam = "Dagbesteding 2027 (demo)", eigenaar = "gemeente:haarlem", procedure = "Openbaar", percelen = new[] { "Noord" },
        }, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Inkoper_plans_and_moves_a_milestone_records_the_announcement_and_finds_both_in_the_history()
    {
        await using var app = await StartAsync(azurite);
        await MaakTrajectAsync(app);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");

        await page.GotoAsync(Url(app, "trajecten/dagbesteding-2027/planning"));
        await page.GetByLabel("Soort mijlpaal").SelectOptionAsync("ContractStart");
        await page.GetByLabel("Omschrijving", new() { Exact = true }).FillAsync("Start contract (demo)");
        await page.GetByLabel("Geplande datum").FillAsync("2028-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijlpaal plannen" }).ClickAsync();
        Assert.Contains("is gepland op 1 januari 2028", await page.Locator("[data-testid='gelukt']").InnerTextAsync(), StringComparison.Ordinal);

        var verschuiven = page.Locator("[data-testid='verschuiven']");
        await verschuiven.GetByLabel("Nieuwe datum").FillAsync("2028-04-01");
        await verschuiven.GetByRole(AriaRole.Button, new() { Name = "Verschuiven" }).ClickAsync();
        Assert.Contains("vraagt een reden", await page.Locator("[data-testid='foutoverzicht']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de planningspagina met een fout");
        await verschuiven.GetByLabel("Nieuwe datum").FillAsync("2028-04-01");
        await verschuiven.GetByLabel("Reden van de verschuiving").FillAsync("Kort geding aanhangig (demo)");
        await verschuiven.GetByRole(AriaRole.Button, new() { Name = "Verschuiven" }).ClickAsync();

        var rij = await page.Locator("[data-testid='planning'] tbody tr").First.InnerTextAsync();
        Assert.True(rij.Contains("1 januari 2028", StringComparison.Ordinal) && rij.Contains("Van 1 januari 2028 naar 1 april 2028: Kort geding aanhangig (demo)", StringComparison.Ordinal),
            $"De verschuiving staat niet met eerste datum en reden in de planning: '{rij}'.");
        await AssertAccessibleAsync(page, "de planningspagina");

        await page.GotoAsync(Url(app, "trajecten/dagbesteding-2027/percelen/1/dossier"));
        await page.GetByLabel("Wat legt u vast?").SelectOptionAsync("Aankondiging");
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync("2026-01-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "Feit vastleggen" }).ClickAsync();
        Assert.Contains("5 januari 2026", await page.Locator("[data-testid='dossier']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de dossierpagina");

        await page.GotoAsync(Url(app, "trajecten/dagbesteding-2027/geschiedenis"));
        var geschiedenis = await page.Locator("[data-testid='geschiedenis']").InnerTextAsync();
        foreach (var actie in new[] { "Traject aangemaakt", "Mijlpaal gepland: Start contract (demo)", "Mijlpaal verschoven: Start contract (demo)", "Feit vastgelegd: aankondiging gepubliceerd" })
        {
            Assert.True(geschiedenis.Contains(actie, StringComparison.Ordinal), $"De geschiedenis mist '{actie}':\n{geschiedenis}");
        }
        Assert.Contains("Anna de Vries (demo)", geschiedenis, StringComparison.Ordinal);
        Assert.Contains("gecontroleerd en heel", await page.Locator("[data-testid='keten']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de geschiedenispagina");
    }

    [Fact]
    public async Task A_colleague_of_another_gemeente_reads_the_moved_start_of_huishoudelijke_ondersteuning_without_forms()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "velsen-inkoper");

        await page.GotoAsync(Url(app, "trajecten/huishoudelijke-ondersteuning-2022/planning"));

        var planning = await page.Locator("[data-testid='planning']").InnerTextAsync();
        Assert.True(planning.Contains("Van 1 januari 2022 naar 1 april 2022", StringComparison.Ordinal) && planning.Contains("90 dagen later", StringComparison.Ordinal),
            $"De verschoven start van de overeenkomsten staat niet in de planning:\n{planning}");
        Assert.Equal(0, await page.Locator("form[data-testid='verschuiven'], form[data-testid='realiseren']").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Mijlpaal plannen" }).CountAsync());
        await AssertAccessibleAsync(page, "de planningspagina als lezer van een andere gemeente");
    }
}
