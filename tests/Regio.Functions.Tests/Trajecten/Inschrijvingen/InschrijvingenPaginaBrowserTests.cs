using System.Security.Cryptography;
using Microsoft.Playwright;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Trajecten.Inschrijvingen;

/// <summary>The submissions page in Chromium: the script uploads the files straight to storage, submits, and the receipt downloads.</summary>
public class InschrijvingenPaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FilePayload Bestand(string naam, byte[] inhoud) => new() { Name = naam, MimeType = "application/pdf", Buffer = inhoud };

    [Fact]
    public async Task Aanbieder_uploads_submits_and_downloads_the_receipt_with_no_WCAG_violations()
    {
        await using var app = await StartAsync(azurite, Testklok.VanafNu());
        var inkoper = app.ClientAs("haarlem-inkoper");
        await GepubliceerdTraject.MaakAsync(inkoper, "indienen-pagina", "Openbaar", ["Perceel A"], aankondigen: true, Ct);
        await Indienen.StelMomentVastAsync(inkoper, "indienen-pagina", app.Klok!.GetUtcNow().AddDays(3), ["UEA", "Plan van aanpak"], Ct);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "jeugdzorg-tekenbevoegde");

        await page.GotoAsync(Url(app, "trajecten/indienen-pagina"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Indienen en inschrijvingen perceel 1: Perceel A" }).ClickAsync();
        Assert.Equal("Inschrijvingen perceel 1: Perceel A", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Uploaden is nog geen indienen", await page.Locator("form[data-inschrijving-upload]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Nog 3 dagen", await page.Locator("[data-testid='termijn']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de indienpagina van een aanbieder");

        await page.GetByLabel("UEA", new() { Exact = true }).SetInputFilesAsync(Bestand("uea.pdf", Testbestanden.Pdf("UEA")));
        await page.GetByLabel("Plan van aanpak", new() { Exact = true }).SetInputFilesAsync(Bestand("plan.pdf", Testbestanden.Pdf("Plan")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Uploaden en indienen" }).ClickAsync();

        var bewijs = page.Locator("[data-testid='ontvangstbevestiging']");
        var melding = page.Locator("[data-melding]");
        await bewijs.Or(melding.Locator("visible=true")).WaitForAsync(new() { Timeout = 30_000 });
        Assert.True(await bewijs.CountAsync() == 1, $"Indienen mislukte: {await melding.InnerTextAsync()}");
        var tekst = await bewijs.InnerTextAsync();
        var sha = Convert.ToHexStringLower(SHA256.HashData(Testbestanden.Pdf("Plan")));
        Assert.True(tekst.Contains(sha, StringComparison.Ordinal) && tekst.Contains("plan.pdf", StringComparison.Ordinal), $"De ontvangstbevestiging noemt het bestand en zijn SHA-256 niet: {tekst}");
        Assert.Contains("Versie 1", await page.Locator("[data-testid='versies']").InnerTextAsync(), StringComparison.Ordinal);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid='bewijs-pdf']").ClickAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!, Ct);
        Assert.StartsWith("%PDF-1.4", System.Text.Encoding.ASCII.GetString(pdf, 0, 8), StringComparison.Ordinal);
        Assert.Contains(sha, System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        var tekstDownload = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid='bewijs-tekst']").ClickAsync());
        Assert.Contains(sha, await File.ReadAllTextAsync((await tekstDownload.PathAsync())!, Ct), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de indienpagina met ontvangstbevestiging");
    }
}
