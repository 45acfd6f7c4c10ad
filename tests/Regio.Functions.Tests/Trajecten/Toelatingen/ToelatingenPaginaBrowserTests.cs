using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Trajecten.Toelatingen;

/// <summary>The open-house page in Chromium: an aanbieder applies for admission and the inkoper admits it.</summary>
public class ToelatingenPaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private const string Pagina = "trajecten/hulpmiddelen/toelatingen";

    private async Task<IPage> AlsAsync(RegioAppFactory app, string gebruiker)
    {
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, gebruiker);
        await page.GotoAsync(Url(app, Pagina));
        return page;
    }

    [Fact]
    public async Task Aanbieder_applies_for_admission_and_the_inkoper_admits_it()
    {
        await using var app = await StartAsync(azurite);
        await GepubliceerdTraject.MaakAsync(app.ClientAs("haarlem-inkoper"), "hulpmiddelen", "OpenHouse", ["Rolstoelen", "Scootmobielen"], aankondigen: true,
            TestContext.Current.CancellationToken);

        var petra = await AlsAsync(app, "jeugdzorg-tekenbevoegde");
        await petra.GetByLabel("Perceel", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "1" });
        await petra.GetByLabel("Eis 1", new() { Exact = true }).FillAsync("Kwaliteitskeurmerk");
        await petra.GetByLabel("Hoe u voldoet aan eis 1", new() { Exact = true }).FillAsync("Wij hebben een geldig HKZ-certificaat (demo).");
        await petra.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();
        var ontvangen = await petra.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.True(ontvangen.Contains("aanvraag 1 voor perceel 1", StringComparison.Ordinal), $"De bevestiging noemt de aanvraag niet: '{ontvangen}'.");
        await AssertAccessibleAsync(petra, "de open-housepagina van een aanbieder na een aanvraag");

        var anna = await AlsAsync(app, "haarlem-inkoper");
        await anna.GetByLabel("Besluit", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "toegelaten" });
        await anna.GetByLabel("Redenen", new() { Exact = true }).FillAsync("Voldoet aan alle gepubliceerde eisen.");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await anna.GetByRole(AriaRole.Status).Filter(new() { HasText = "is toegelaten" }).WaitForAsync();
        var telling = await anna.Locator("[data-testid='tellingen'] tr[data-perceel='1']").InnerTextAsync();
        Assert.True(telling.Replace("\t", " ", StringComparison.Ordinal).Contains("1 1 0 0", StringComparison.Ordinal), $"De telling van perceel 1 klopt niet: '{telling}'.");
        await AssertAccessibleAsync(anna, "de open-housepagina van de inkoper na een toelating");

        await petra.ReloadAsync();
        Assert.Equal("Toegelaten", await petra.Locator("[data-aanvraag='1'] [data-testid='status']").InnerTextAsync());
    }
}
