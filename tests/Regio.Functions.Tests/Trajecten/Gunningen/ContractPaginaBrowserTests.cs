using System.Net.Http.Json;
using Microsoft.Playwright;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Trajecten.Gunningen;

/// <summary>After the letters in Chromium: the inkoper answers a request, awards definitively once allowed and moves a contract's start.</summary>
public class ContractPaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Inkoper_answers_a_request_awards_definitively_after_the_standstill_and_moves_the_contract_start_with_a_reason_with_no_WCAG_violations()
    {
        await using var p = await Gunningsperceel.MaakAsync(azurite, "contract-pagina", new Dictionary<string, (int, int)>
        {
            [Gunningsperceel.Jeugdzorg] = (10, 10), [Gunningsperceel.Thuishulp] = (8, 8), [Gunningsperceel.Duinstreek] = (2, 2),
        }, browser: true);
        await Gunningsperceel.Verwacht(await p.GunAsync(Gunningsperceel.Jeugdzorg, Gunningsperceel.Thuishulp), "verzenden");
        await Gunningsperceel.Verwacht(await p.App.ClientAs("duinstreek-medewerker").PostAsJsonAsync($"{p.Pad}/bezwaren",
            new { soort = "AanvullendeMotivering", toelichting = "Waarom 2 op het plan? (demo)" }, Ct), "verzoek");
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, p.App, "haarlem-inkoper");
        var gunning = Url(p.App, $"trajecten/{p.Traject}/percelen/1/gunning");

        await page.GotoAsync(gunning);
        var bezwaar = page.Locator("[data-bezwaar='1']");
        Assert.Contains("Waarom 2 op het plan? (demo)", await bezwaar.InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de gunningspagina met een lopend verzoek");
        await bezwaar.GetByLabel("Antwoord (de aanvullende motivering)").FillAsync("Toegelicht in een gesprek op het stadhuis (demo).");
        await bezwaar.GetByRole(AriaRole.Button, new() { Name = "Vastleggen bij bezwaar 1" }).ClickAsync();
        Assert.Contains("Geef de datum van het antwoord", await page.Locator("[data-testid='foutoverzicht']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "het bezwaarformulier met een foutmelding");
        bezwaar = page.Locator("[data-bezwaar='1']");
        await bezwaar.GetByLabel("Datum van het antwoord").FillAsync(Gunningsperceel.Datum(p.Vandaag));
        await bezwaar.GetByLabel("Antwoord (de aanvullende motivering)").FillAsync("Toegelicht in een gesprek op het stadhuis (demo).");
        await bezwaar.GetByRole(AriaRole.Button, new() { Name = "Vastleggen bij bezwaar 1" }).ClickAsync();
        Assert.Equal("Bezwaar 1 is bijgewerkt.", await page.Locator("[data-testid='gelukt']").InnerTextAsync());
        Assert.Contains("Afgehandeld", await page.Locator("[data-bezwaar='1']").InnerTextAsync(), StringComparison.Ordinal);

        p.Klok.SetUtcNow(p.Klok.GetUtcNow().AddDays(Standstill.EindigtOp(p.Vandaag).DayNumber - p.Vandaag.DayNumber + 1));
        // The sign-in cookie runs on the app's clock too, so three weeks on the inkoper signs in again.
        await SignInAsync(page, p.App, "haarlem-inkoper");
        await page.GotoAsync(gunning);
        Assert.Equal(0, await page.Locator("[data-testid='definitief-geweigerd']").CountAsync());
        await page.GetByLabel("Startdatum van de contracten").FillAsync(Gunningsperceel.Datum(p.Start));
        await page.GetByLabel("Vast bedrag per jaar (hele euro's, niet verplicht)").FillAsync("1250000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Definitief gunnen en contracten aanmaken" }).ClickAsync();
        Assert.StartsWith("Het perceel is definitief gegund", await page.Locator("[data-testid='gelukt']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de gunningspagina na de definitieve gunning");

        await page.GetByRole(AriaRole.Link, new() { Name = "Contracten", Exact = true }).ClickAsync();
        Assert.Equal(2, await page.Locator("[data-testid='contracten'] tbody tr").CountAsync());
        await AssertAccessibleAsync(page, "de lijst van contracten");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thuishulp IJmond (demo)" }).ClickAsync();
        Assert.Equal("Contract met Thuishulp IJmond (demo)", await page.Locator("h1").InnerTextAsync());
        await page.GetByLabel("Nieuwe startdatum").FillAsync(Gunningsperceel.Datum(p.LatereStart));
        await page.GetByRole(AriaRole.Button, new() { Name = "Startdatum verplaatsen" }).ClickAsync();
        Assert.Contains("vraagt een reden", await page.Locator("[data-testid='foutoverzicht']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "het contract met een foutmelding");
        await page.GetByLabel("Nieuwe startdatum").FillAsync(Gunningsperceel.Datum(p.LatereStart));
        await page.GetByLabel("Reden").FillAsync("Inwerkingtreding opgeschort vanwege kort geding (demo)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Startdatum verplaatsen" }).ClickAsync();

        Assert.StartsWith("De startdatum is verplaatst", await page.Locator("[data-testid='gelukt']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal($"{Dagtekst.Kort(p.LatereStart)} (oorspronkelijk {Dagtekst.Kort(p.Start)})", await page.Locator("[data-testid='startdatum']").InnerTextAsync());
        Assert.Contains($"Van {Dagtekst.Kort(p.Start)} naar {Dagtekst.Kort(p.LatereStart)}", await page.Locator("[data-testid='verschuivingen']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "het contract na het verplaatsen");
    }
}
