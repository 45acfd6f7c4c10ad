using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Regios;

/// <summary>The page /beheer/regios in Chromium: the beheerder onboards a regio; others are refused.</summary>
public class RegioBeheerBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    [Fact]
    public async Task Platform_beheerder_onboards_a_regio_with_an_existing_and_a_new_gemeente_and_sees_it_listed()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "platform-beheerder");
        await page.GetByRole(AriaRole.Link, new() { Name = "Regio's", Exact = true }).ClickAsync();
        await AssertAccessibleAsync(page, "de beheerpagina van regio's");

        await page.Locator("#regio-naam").FillAsync("Kust en Duin (test)");
        await page.GetByLabel("Gemeente Zandvoort", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Subregio van Gemeente Zandvoort (niet verplicht)").FillAsync("Kust");
        await page.Locator("#nieuw-0-id").FillAsync("noordwijk");
        await page.Locator("#nieuw-0-naam").FillAsync("Noordwijk");
        await page.Locator("#nieuw-0-tenantId").FillAsync("0f8fad5b-d9cb-469f-a165-70867728950e");
        await page.Locator("#nieuw-0-subregio").FillAsync("Duin");
        await page.Locator("#regio-leadGemeente").FillAsync("zandvoort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Regio aanmelden" }).ClickAsync();

        var melding = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.True(melding.Contains("Kust en Duin (test)", StringComparison.Ordinal), $"De bevestiging noemt de nieuwe regio niet: '{melding}'.");
        var rij = await page.Locator("tr[data-regio='kust-en-duin-test']").InnerTextAsync();
        Assert.True(rij.Contains("Zandvoort", StringComparison.Ordinal) && rij.Contains('2', StringComparison.Ordinal),
            $"De nieuwe regio staat niet met centrumgemeente en twee gemeenten in de lijst: '{rij}'.");
        Assert.True(await page.Locator("[data-gemeente='noordwijk']").CountAsync() == 1, "De nieuwe gemeente Noordwijk is niet te kiezen voor een volgende regio.");
        await AssertAccessibleAsync(page, "de beheerpagina na het aanmelden van een regio");
    }

    [Fact]
    public async Task A_malformed_tenant_of_a_new_gemeente_is_shown_at_its_field_and_nothing_is_onboarded()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "platform-beheerder");
        await page.GotoAsync(Url(app, "beheer/regios"));

        await page.Locator("#regio-naam").FillAsync("Fout (test)");
        await page.Locator("#nieuw-0-id").FillAsync("foutdorp");
        await page.Locator("#nieuw-0-naam").FillAsync("Foutdorp");
        await page.Locator("#nieuw-0-tenantId").FillAsync("geen-guid");
        await page.Locator("#regio-leadGemeente").FillAsync("foutdorp");
        await page.GetByRole(AriaRole.Button, new() { Name = "Regio aanmelden" }).ClickAsync();

        var tenant = page.Locator("#nieuw-0-tenantId");
        Assert.True(await tenant.GetAttributeAsync("aria-invalid") == "true", "Het tenant-veld is niet als ongeldig gemarkeerd.");
        Assert.True(await tenant.InputValueAsync() == "geen-guid", "De ingevulde tenant-id is na de fout niet bewaard.");
        Assert.True(await page.Locator("[data-testid='foutoverzicht'] a[href='#nieuw-0-tenantId']").CountAsync() == 1, "Het foutoverzicht linkt niet naar het tenant-veld.");
        Assert.True(await page.Locator("tr[data-regio='fout-test']").CountAsync() == 0, "Een ongeldige regio is toch aangemeld.");
        await AssertAccessibleAsync(page, "de beheerpagina van regio's na een fout");
    }

    [Fact]
    public async Task Someone_who_is_not_a_platform_beheerder_gets_the_refusal_page()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");

        var antwoord = await page.GotoAsync(Url(app, "beheer/regios"));

        Assert.Equal(403, antwoord!.Status);
        Assert.Equal("Geen toegang", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator("main form").CountAsync() == 0, "Wie geen platformbeheerder is, hoort geen formulier te zien.");
    }
}
