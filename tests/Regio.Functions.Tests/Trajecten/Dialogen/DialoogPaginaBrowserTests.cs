using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Trajecten.Dialogen;

/// <summary>The dialogue page in Chromium: the inkoper plans a session and records its minutes; only that participant reads them.</summary>
public class DialoogPaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private const string Pagina = "trajecten/jeugd-dialoog/percelen/1/dialoog";
    private const string Verslag = "Besproken: wachttijden en de inzet van ervaringsdeskundigen (demo).";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IPage> AlsAsync(RegioAppFactory app, string gebruiker)
    {
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, gebruiker);
        await page.GotoAsync(Url(app, Pagina));
        return page;
    }

    [Fact]
    public async Task Inkoper_plans_a_round_and_records_minutes_that_the_participant_reads_and_another_does_not()
    {
        await using var app = await StartAsync(azurite);
        var api = app.ClientAs("haarlem-inkoper");
        await GepubliceerdTraject.MaakAsync(api, "jeugd-dialoog", "Dialooggericht", ["Specialistische jeugdhulp"], aankondigen: false, Ct);
        await api.PostAsJsonAsync("/api/trajecten/jeugd-dialoog/percelen/1/dialoog/deelnemers", new { aanbieder = "demo-thuishulp-ijmond" }, Ct);
        var vandaag = Testklok.Vandaag;
        var morgen = vandaag.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var anna = await AlsAsync(app, "haarlem-inkoper");
        await anna.GetByLabel("Aanbieder", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "demo-jeugdzorg-kennemerland" });
        await anna.GetByRole(AriaRole.Button, new() { Name = "Deelnemer toevoegen" }).ClickAsync();
        await anna.GetByRole(AriaRole.Status).Filter(new() { HasText = "deelnemer is toegevoegd" }).WaitForAsync();
        await anna.GetByLabel("Titel van de ronde").FillAsync("Ronde 1: kwaliteit (demo)");
        await anna.GetByLabel("Eerste dag").FillAsync(vandaag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await anna.GetByLabel("Laatste dag").FillAsync(vandaag.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await anna.GetByRole(AriaRole.Button, new() { Name = "Ronde plannen" }).ClickAsync();
        await anna.GetByRole(AriaRole.Status).Filter(new() { HasText = "ronde is gepland" }).WaitForAsync();
        await anna.GetByLabel("Met deelnemer").SelectOptionAsync(new SelectOptionValue { Value = "aanbieder|demo-jeugdzorg-kennemerland" });
        await anna.GetByLabel("Datum", new() { Exact = true }).FillAsync(morgen);
        await anna.GetByLabel("Begintijd").FillAsync("10:00");
        await anna.GetByLabel("Locatie (adres of online)").FillAsync("Stadhuis Haarlem (demo)");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Sessie plannen" }).ClickAsync();
        await anna.GetByRole(AriaRole.Status).Filter(new() { HasText = "sessie is gepland" }).WaitForAsync();
        await anna.GetByLabel("Verslag van de sessie met Jeugdzorg Kennemerland B.V. (demo)").FillAsync(Verslag);
        await anna.GetByRole(AriaRole.Button, new() { Name = "Verslag opslaan" }).ClickAsync();
        await anna.GetByRole(AriaRole.Status).Filter(new() { HasText = "verslag is opgeslagen" }).WaitForAsync();
        await AssertAccessibleAsync(anna, "de dialoogpagina van de inkoper met een verslag");

        var petra = await AlsAsync(app, "jeugdzorg-tekenbevoegde");
        var eigen = await petra.Locator("[data-testid='verslag']").InnerTextAsync();
        Assert.True(eigen.Contains(Verslag, StringComparison.Ordinal), $"De deelnemer hoort het verslag van haar sessie te lezen: '{eigen}'.");
        await AssertAccessibleAsync(petra, "de dialoogpagina van een deelnemer");

        var quinten = await AlsAsync(app, "thuishulp-medewerker");
        var main = await quinten.Locator("main").InnerTextAsync();
        Assert.False(main.Contains(Verslag, StringComparison.Ordinal), $"Een andere deelnemer leest het verslag: '{main}'.");
        Assert.True(main.Contains("Ronde 1: kwaliteit (demo)", StringComparison.Ordinal), "Een deelnemer hoort de ronde te zien.");
        await AssertAccessibleAsync(quinten, "de dialoogpagina van een andere deelnemer");
    }

    [Fact]
    public async Task Inkoper_shares_a_document_through_the_page_and_every_participant_downloads_the_same_file()
    {
        await using var app = await StartAsync(azurite);
        var api = app.ClientAs("haarlem-inkoper");
        await GepubliceerdTraject.MaakAsync(api, "jeugd-dialoog", "Dialooggericht", ["Specialistische jeugdhulp"], aankondigen: false, Ct);
        foreach (var aanbieder in new[] { "demo-thuishulp-ijmond", "demo-jeugdzorg-kennemerland" })
        {
            await api.PostAsJsonAsync("/api/trajecten/jeugd-dialoog/percelen/1/dialoog/deelnemers", new { aanbieder }, Ct);
        }
        var vandaag = Testklok.Vandaag;
        var ronde = await api.PostAsJsonAsync("/api/trajecten/jeugd-dialoog/percelen/1/dialoog/rondes", new
        {
            titel = "Ronde 1 (demo)", van = vandaag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), tot = vandaag.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, Ct);
        Assert.True(ronde.IsSuccessStatusCode, await ronde.Content.ReadAsStringAsync(Ct));
        var pdf = Testbestanden.Pdf("Agenda ronde 1");

        var anna = await AlsAsync(app, "haarlem-inkoper");
        await DeelAsync(anna, null, null, "Kies het bestand dat u met de deelnemers wilt delen.");
        await DeelAsync(anna, null, new FilePayload { Name = "agenda.pdf", MimeType = "application/pdf", Buffer = pdf }, "Vul de titel van het document in.");
        await DeelAsync(anna, "Agenda ronde 1 (demo)", new FilePayload { Name = "agenda.pdf", MimeType = "application/pdf", Buffer = Encoding("MZ niet echt een pdf") }, "PDF");
        Assert.Equal("Agenda ronde 1 (demo)", await anna.Locator("[data-testid='document-delen']").GetByLabel("Titel van het document").InputValueAsync());
        await AssertAccessibleAsync(anna, "de dialoogpagina met een geweigerd bestand");
        Assert.Equal(0, await anna.GetByRole(AriaRole.Link, new() { Name = "Agenda ronde 1 (demo) (PDF)" }).CountAsync());
        await DeelAsync(anna, "Agenda ronde 1 (demo)", new FilePayload { Name = "agenda.pdf", MimeType = "application/pdf", Buffer = pdf }, fout: null);
        await anna.GetByRole(AriaRole.Status).Filter(new() { HasText = "‘Agenda ronde 1 (demo)’ is gedeeld met alle deelnemers van ronde 1." }).WaitForAsync();
        await AssertAccessibleAsync(anna, "de dialoogpagina na het delen van een document");

        foreach (var deelnemer in new[] { "jeugdzorg-tekenbevoegde", "thuishulp-medewerker" })
        {
            var page = await AlsAsync(app, deelnemer);
            Assert.Equal(0, await page.Locator("[data-testid='document-delen']").CountAsync());
            await AssertAccessibleAsync(page, $"de dialoogpagina van deelnemer {deelnemer} met een gedeeld document");
            var link = page.GetByRole(AriaRole.Link, new() { Name = "Agenda ronde 1 (demo) (PDF)" });
            var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            Assert.Equal(pdf, await File.ReadAllBytesAsync((await download.PathAsync())!, Ct));
        }
    }

    /// <summary>Fills and posts the share form; with <paramref name="fout"/>, waits for the new page's error summary to say it.</summary>
    private static async Task DeelAsync(IPage page, string? titel, FilePayload? bestand, string? fout)
    {
        var delen = page.Locator("[data-testid='document-delen']");
        if (titel is not null)
            await delen.GetByLabel("Titel van het document").FillAsync(titel);
        if (bestand is not null)
            await delen.GetByLabel("Bestand", new() { Exact = true }).SetInputFilesAsync(bestand);
        await delen.GetByRole(AriaRole.Button, new() { Name = "Delen met alle deelnemers" }).ClickAsync();
        // The click may return before the answer's page is there, and the page before it may still show an earlier error.
        // Each call expects a different error, so waiting until the summary says this one reads the answer to this post.
        if (fout is not null)
            await Assertions.Expect(page.Locator("[data-testid='foutoverzicht']")).ToContainTextAsync(fout, new() { Timeout = 30_000 });
    }

    private static byte[] Encoding(string tekst) => System.Text.Encoding.ASCII.GetBytes(tekst);
}
