using System.Net.Http.Json;
using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Trajecten.Stukken;

/// <summary>The documents page in Chromium: publishing a document and a new version through the forms, as an inkoper does.</summary>
public class StukkenPaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task NieuwTrajectAsync(RegioAppFactory app, string id)
    {
        var aangemaakt = await app.ClientAs("haarlem-inkoper").PostAsJsonAsync("/api/trajecten", new
        {
            id, naam = "Dagbesteding Haarlem (demo)", eigenaar = "gemeente:haarlem", procedure = "Openbaar", percelen = new[] { "Noord", "Zuid" },
        }, Ct);
        Assert.True(aangemaakt.IsSuccessStatusCode, await aangemaakt.Content.ReadAsStringAsync(Ct));
    }

    private static FilePayload Bestand(string naam, byte[] inhoud) => new() { Name = naam, MimeType = "application/pdf", Buffer = inhoud };

    [Fact]
    public async Task Haarlem_inkoper_publishes_a_pdf_and_a_second_version_and_sees_both_with_no_WCAG_violations()
    {
        await using var app = await StartAsync(azurite);
        await NieuwTrajectAsync(app, "stukken-pagina");
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");
        await page.GotoAsync(Url(app, "trajecten/stukken-pagina/documenten"));
        Assert.Equal("Documenten van Dagbesteding Haarlem (demo)", await page.Locator("h1").InnerTextAsync());
        await AssertAccessibleAsync(page, "de documentenpagina zonder documenten");

        await page.GetByLabel("Titel", new() { Exact = true }).FillAsync("Beschrijvend document");
        await page.GetByLabel("Voor", new() { Exact = true }).SelectOptionAsync("2");
        await page.Locator("#nieuw-bestand").SetInputFilesAsync(Bestand("beschrijvend.pdf", Testbestanden.Pdf("v1")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Document publiceren" }).ClickAsync();

        var melding = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.True(melding.Contains("versie 1", StringComparison.Ordinal), $"De bevestiging noemt de versie niet: '{melding}'.");
        var rij = page.Locator("tr[data-stuk='beschrijvend-document']");
        Assert.Equal("Versie 1", await rij.Locator("[data-testid='laatste-versie']").InnerTextAsync());
        Assert.Contains("Perceel 2: Zuid", await rij.InnerTextAsync(), StringComparison.Ordinal);

        var versieFormulier = page.Locator("form[data-stuk='beschrijvend-document']");
        await versieFormulier.GetByLabel("Bestand voor versie 2").SetInputFilesAsync(Bestand("beschrijvend-v2.pdf", Testbestanden.Pdf("v2")));
        await versieFormulier.GetByLabel("Wat is er veranderd?").FillAsync("Planning aangepast");
        await versieFormulier.GetByRole(AriaRole.Button, new() { Name = "Versie 2 van Beschrijvend document publiceren" }).ClickAsync();

        Assert.Equal("Versie 2", await rij.Locator("[data-testid='laatste-versie']").InnerTextAsync());
        var versies = await rij.Locator("li[data-versie]").AllInnerTextsAsync();
        Assert.True(versies.Count == 2 && versies[0].StartsWith("Versie 2: beschrijvend-v2.pdf", StringComparison.Ordinal)
            && versies[0].Contains("Planning aangepast", StringComparison.Ordinal) && versies[1].StartsWith("Versie 1: beschrijvend.pdf", StringComparison.Ordinal),
            $"Beide versies horen in de lijst te staan, nieuwste eerst: {string.Join(" | ", versies)}.");
        var href = await rij.Locator("li[data-versie='1'] a").GetAttributeAsync("href");
        var eerste = await page.APIRequest.GetAsync(Url(app, href!.TrimStart('/')));
        Assert.Equal(Testbestanden.Pdf("v1"), await eerste.BodyAsync());
        await AssertAccessibleAsync(page, "de documentenpagina met twee versies");
    }

    [Fact]
    public async Task A_file_that_is_no_pdf_shows_the_Dutch_field_error_and_publishes_nothing()
    {
        await using var app = await StartAsync(azurite);
        await NieuwTrajectAsync(app, "stukken-pagina-fout");
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");
        await page.GotoAsync(Url(app, "trajecten/stukken-pagina-fout/documenten"));

        await page.GetByLabel("Titel", new() { Exact = true }).FillAsync("Prijsblad");
        await page.Locator("#nieuw-bestand").SetInputFilesAsync(Bestand("prijsblad.pdf", "<html>geen pdf</html>"u8.ToArray()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Document publiceren" }).ClickAsync();

        var fout = await page.Locator("#nieuw-bestand-fout").InnerTextAsync();
        Assert.True(fout.StartsWith("Dit bestand is geen PDF", StringComparison.Ordinal), $"De foutmelding bij het bestand is niet de verwachte: '{fout}'.");
        Assert.Equal(fout, await page.Locator("[data-testid='foutoverzicht'] a[href='#nieuw-bestand']").InnerTextAsync());
        Assert.Equal("Prijsblad", await page.GetByLabel("Titel", new() { Exact = true }).InputValueAsync());
        Assert.Equal(1, await page.Locator("[data-testid='geen-documenten']").CountAsync());
        await AssertAccessibleAsync(page, "de documentenpagina na een geweigerd bestand");
    }

    [Fact]
    public async Task A_cookie_post_to_the_api_needs_the_antiforgery_token_and_works_with_it()
    {
        await using var app = await StartAsync(azurite);
        await NieuwTrajectAsync(app, "stukken-csrf");
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");
        await page.GotoAsync(Url(app, "trajecten/stukken-csrf/documenten"));
        const string Post = """
            async ([pdf, metToken]) => {
              const form = new FormData();
              form.append('titel', 'Via de API');
              form.append('bestand', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'api.pdf');
              if (metToken) form.append('__RequestVerificationToken', document.querySelector('input[name=__RequestVerificationToken]').value);
              const response = await fetch('/api/trajecten/stukken-csrf/documenten', { method: 'POST', body: form });
              return [response.status, await response.text()];
            }
            """;
        var pdf = Testbestanden.Pdf().Select(b => (int)b).ToArray();

        var zonder = await page.EvaluateAsync<string[]>(Post, new object[] { pdf, false });
        var met = await page.EvaluateAsync<string[]>(Post, new object[] { pdf, true });

        Assert.True(zonder[0] == "400" && zonder[1].Contains("Het formulier is verlopen", StringComparison.Ordinal),
            $"Een cookieverzoek zonder antiforgery-token hoort een Nederlandse 400 te krijgen: {zonder[0]} {zonder[1]}");
        Assert.True(met[0] == "201", $"Met het token van de pagina hoort het te lukken: {met[0]} {met[1]}");
    }

    [Fact]
    public async Task Velsen_inkoper_gets_the_404_page_for_the_documents_of_Haarlems_unpublished_traject()
    {
        await using var app = await StartAsync(azurite);
        await NieuwTrajectAsync(app, "stukken-pagina-geheim");
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "velsen-inkoper");

        var response = await page.GotoAsync(Url(app, "trajecten/stukken-pagina-geheim/documenten"));

        Assert.True(response?.Status == 404, $"Velsen hoort 404 te krijgen, niet {response?.Status}.");
        Assert.Equal("Niet gevonden", await page.Locator("h1").InnerTextAsync());
        Assert.DoesNotContain("Dagbesteding", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de niet-gevonden-pagina van documenten");
    }
}
