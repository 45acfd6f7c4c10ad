using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Trajecten.Vragen;

/// <summary>The questions page in Chromium: an aanbieder asks, the coordinator answers and publishes, another aanbieder reads.</summary>
public class VragenPaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private const string Pagina = "trajecten/jeugdhulp-2023/vragen";
    private const string Vraag = "Mogen wij met twee locaties inschrijven op perceel 1?";
    private const string Antwoord = "Ja, een inschrijving mag meerdere locaties omvatten.";

    private async Task<IPage> AlsAsync(RegioAppFactory app, string gebruiker)
    {
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, gebruiker);
        await page.GotoAsync(Url(app, Pagina));
        return page;
    }

    [Fact]
    public async Task Aanbieder_asks_coordinator_answers_and_publishes_and_another_aanbieder_reads_the_nota_without_the_asker()
    {
        await using var app = await StartAsync(azurite);

        var jeugdzorg = await AlsAsync(app, "jeugdzorg-tekenbevoegde");
        await jeugdzorg.GetByLabel("Waarover gaat uw vraag?").SelectOptionAsync(new SelectOptionValue { Value = "1" });
        await jeugdzorg.GetByLabel("Uw vraag", new() { Exact = true }).FillAsync(Vraag);
        await jeugdzorg.GetByRole(AriaRole.Button, new() { Name = "Vraag stellen" }).ClickAsync();
        var ontvangen = await jeugdzorg.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.True(ontvangen.Contains("vraag 1", StringComparison.Ordinal), $"De bevestiging noemt het nummer van de vraag niet: '{ontvangen}'.");
        var eigen = await jeugdzorg.Locator("tr[data-eigen-vraag='1']").InnerTextAsync();
        Assert.True(eigen.Contains("In behandeling", StringComparison.Ordinal), $"De eigen vraag hoort 'In behandeling' te zijn: '{eigen}'.");
        await AssertAccessibleAsync(jeugdzorg, "de vragenpagina van een aanbieder na het stellen van een vraag");

        var noor = await AlsAsync(app, "regio-coordinator");
        var steller = await noor.Locator("[data-vraag='1'] [data-testid='vragensteller']").InnerTextAsync();
        Assert.True(steller.Contains("Jeugdzorg Kennemerland B.V. (demo)", StringComparison.Ordinal), $"De eigenaar hoort te zien wie de vraag stelde: '{steller}'.");
        await noor.GetByLabel("Antwoord op vraag 1", new() { Exact = true }).FillAsync(Antwoord);
        await noor.GetByRole(AriaRole.Button, new() { Name = "Antwoord op vraag 1 opslaan" }).ClickAsync();
        await noor.GetByRole(AriaRole.Status).Filter(new() { HasText = "vraag 1 is opgeslagen" }).WaitForAsync();
        await AssertAccessibleAsync(noor, "de vragenpagina van de eigenaar met een beantwoorde vraag");
        await noor.GetByRole(AriaRole.Button, new() { Name = "Nota van Inlichtingen publiceren (1 antwoord)" }).ClickAsync();
        var gepubliceerd = await noor.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.True(gepubliceerd.Contains("Nota van Inlichtingen 1 is gepubliceerd", StringComparison.Ordinal), $"De bevestiging van publicatie ontbreekt: '{gepubliceerd}'.");

        var thuishulp = await AlsAsync(app, "thuishulp-medewerker");
        var nota = await thuishulp.Locator("[data-nota='1']").InnerTextAsync();
        Assert.True(nota.Contains(Vraag, StringComparison.Ordinal) && nota.Contains(Antwoord, StringComparison.Ordinal),
            $"De andere aanbieder hoort vraag en antwoord in de Nota van Inlichtingen te lezen: '{nota}'.");
        var main = await thuishulp.Locator("main").InnerTextAsync();
        Assert.False(main.Contains("Jeugdzorg Kennemerland", StringComparison.Ordinal) || main.Contains("Petra Willems", StringComparison.Ordinal),
            $"De pagina van een andere aanbieder noemt wie de vraag stelde: '{main}'.");
        await AssertAccessibleAsync(thuishulp, "de vragenpagina met een gepubliceerde Nota van Inlichtingen");
    }

    [Fact]
    public async Task An_empty_question_shows_the_Dutch_field_error_and_the_error_summary()
    {
        await using var app = await StartAsync(azurite);
        var page = await AlsAsync(app, "jeugdzorg-tekenbevoegde");

        await page.GetByRole(AriaRole.Button, new() { Name = "Vraag stellen" }).ClickAsync();

        const string fout = "Schrijf uw vraag op. Een lege vraag kan niet worden beantwoord.";
        Assert.True(await page.GetByLabel("Uw vraag", new() { Exact = true }).GetAttributeAsync("aria-invalid") == "true", "Het vraagveld is niet als ongeldig gemarkeerd.");
        Assert.True(await page.Locator("#vraag-tekst-fout").InnerTextAsync() == fout, "De foutmelding staat niet bij het vraagveld.");
        Assert.True(await page.Locator("[data-testid='foutoverzicht'] a[href='#vraag-tekst']").InnerTextAsync() == fout, "Het foutoverzicht linkt niet naar het vraagveld.");
        Assert.StartsWith("Fout: ", await page.TitleAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de vragenpagina na een fout in het formulier");
    }

    [Fact]
    public async Task A_traject_that_is_not_visible_gives_the_Dutch_404_page()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "thuishulp-medewerker");

        var response = await page.GotoAsync(Url(app, "trajecten/bestaat-niet/vragen"));

        Assert.True(response?.Status == 404, $"Een onzichtbaar traject hoort 404 te geven, niet {response?.Status}.");
        Assert.Equal("Niet gevonden", await page.Locator("h1").InnerTextAsync());
        await AssertAccessibleAsync(page, "de niet-gevonden-pagina van vragen");
    }
}
