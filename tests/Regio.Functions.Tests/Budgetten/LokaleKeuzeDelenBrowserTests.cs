using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Budgetten;

/// <summary>Sharing a lokale keuze in Chromium: the gemeente reads what the regio will see before and after, the coordinator reads just that.</summary>
public class LokaleKeuzeDelenBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private const string Notitie = "Alleen voor de raad: de wethouder wil het wijkteam in 2027 uitbreiden (demo).";
    private const string RegioZiet = "De regiocoördinator ziet van een gedeelde keuze alleen de naam, waar de keuze over gaat en hoe de gemeente dit organiseert.";

    [Fact]
    public async Task A_beleidsmedewerker_shares_a_keuze_told_what_the_regio_sees_and_the_coordinator_never_reads_the_note_for_the_council()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-beleidsmedewerker");
        await page.GotoAsync(Url(app, "gemeenten/haarlem/lokale-keuzes"));
        var keuze = page.Locator("section[data-keuze='sociaal-wijkteam']");
        await keuze.Locator("summary").ClickAsync();
        var delen = keuze.GetByRole(AriaRole.Checkbox, new() { Name = "Delen met de regio" });
        Assert.Contains(RegioZiet, await delen.GetAttributeAsync("aria-describedby") is { } uitleg
            ? await page.Locator($"#{uitleg}").InnerTextAsync() : "", StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de lokale keuzes met het formulier om te delen");

        await keuze.GetByLabel("Notitie voor de raad (niet verplicht, alleen voor de gemeente)").FillAsync(Notitie);
        await delen.CheckAsync();
        await keuze.GetByRole(AriaRole.Button, new() { Name = "opslaan" }).ClickAsync();

        var gedeeld = await page.Locator("section[data-keuze='sociaal-wijkteam'] [data-testid='delen']").InnerTextAsync();
        Assert.Equal($"Gedeeld met de regio. {RegioZiet} De lokale trajecten en de notitie voor de raad blijven alleen voor de gemeente.", gedeeld);
        Assert.Contains(Notitie, await page.Locator("section[data-keuze='sociaal-wijkteam']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de lokale keuzes na het delen");

        await using var ander = await browser.Browser.NewContextAsync();
        var coordinator = await ander.NewPageAsync();
        await SignInAsync(coordinator, app, "regio-coordinator");
        await coordinator.GotoAsync(Url(app, "regio/zk-ijmond/gedeelde-keuzes"));
        var inhoud = await coordinator.Locator("main").InnerTextAsync();
        Assert.Equal(["sociaal-wijkteam"], await coordinator.Locator("[data-keuze]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.keuze)"));
        Assert.DoesNotContain("wethouder", inhoud, StringComparison.Ordinal);
        Assert.DoesNotContain("gewoon-in-de-wijk", await coordinator.ContentAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(coordinator, "de gedeelde lokale keuzes");
    }
}
