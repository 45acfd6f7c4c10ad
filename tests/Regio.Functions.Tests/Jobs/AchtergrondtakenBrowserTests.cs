using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Jobs;

/// <summary>The Achtergrondtaken page in Chromium: the beheerder finds it, starts a job for a demo and reads what it did.</summary>
public class AchtergrondtakenBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    [Fact]
    public async Task The_beheerder_starts_the_audit_verification_from_the_page_and_reads_its_outcome_with_no_WCAG_violations()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "platform-beheerder");

        await page.GetByRole(AriaRole.Link, new() { Name = "Achtergrondtaken" }).ClickAsync();
        var audit = page.Locator("section[data-taak='audit-controle']");
        Assert.True(await audit.GetByTestId("nog-niet-gelopen").IsVisibleAsync(), "Voor de eerste keer hoort de pagina te zeggen dat de taak nog niet liep.");
        await AssertAccessibleAsync(page, "de pagina Achtergrondtaken");

        await audit.GetByRole(AriaRole.Button, new() { Name = "Controle van de auditketens nu starten" }).ClickAsync();

        var melding = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.True(melding.StartsWith("Klaar:", StringComparison.Ordinal) && melding.Contains("alle ketens zijn heel", StringComparison.Ordinal),
            $"Na het starten hoort de pagina te zeggen wat de controle vond: '{melding}'.");
        var rij = await page.Locator("section[data-taak='audit-controle'] tbody tr").First.InnerTextAsync();
        Assert.True(rij.Contains("Rosa Meijer (demo)", StringComparison.Ordinal), $"De tabel noemt niet wie de taak startte: '{rij}'.");
        await AssertAccessibleAsync(page, "de pagina Achtergrondtaken na het starten van een taak");
    }

    [Fact]
    public async Task An_inkoper_who_opens_the_page_is_told_only_the_beheerder_may()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");

        var response = await page.GotoAsync(Url(app, "beheer/taken"));

        Assert.Equal(403, response?.Status);
        Assert.Contains("Alleen een platformbeheerder", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("nu starten") }).CountAsync());
    }
}
