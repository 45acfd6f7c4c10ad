using Microsoft.Playwright;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Trajecten.Gunningen;

/// <summary>From scores to letter in Chromium: scoring, consensus, the decision sent, an aanbieder reading its letter.</summary>
public class GunningPaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private const string Jeugdzorg = "Jeugdzorg Kennemerland B.V. (demo)";
    private const string Thuishulp = "Thuishulp IJmond (demo)";

    private static readonly (string Sleutel, string Naam, int K1, int K2)[] Inschrijvingen =
        [(Gunningsperceel.Jeugdzorg, Jeugdzorg, 8, 8), (Gunningsperceel.Thuishulp, Thuishulp, 6, 4)];

    [Fact]
    public async Task Two_beoordelaars_score_the_inkoper_records_consensus_and_sends_and_an_aanbieder_downloads_its_letter_with_no_WCAG_violations()
    {
        await using var p = await Gunningsperceel.MaakAsync(azurite, "gunning-pagina", scores: null, browser: true, aantal: 2);
        var beoordeling = Url(p.App, $"trajecten/{p.Traject}/percelen/1/beoordeling");
        foreach (var wie in new[] { "haarlem-beoordelaar", "haarlem-beoordelaar-2" })
        {
            var beoordelaar = await AlsAsync(p, wie);
            await beoordelaar.GotoAsync(beoordeling);
            foreach (var (sleutel, naam, k1, k2) in Inschrijvingen)
                await VulScoresAsync(beoordelaar, sleutel, naam, k1, k2, $"Scores opslaan voor {naam}", "Uw scores zijn opgeslagen");
            await AssertAccessibleAsync(beoordelaar, $"de beoordelingspagina van {wie} na het scoren");
        }

        var inkoper = await AlsAsync(p, "haarlem-inkoper");
        await inkoper.GotoAsync(beoordeling);
        foreach (var (sleutel, naam, k1, k2) in Inschrijvingen)
            await VulScoresAsync(inkoper, sleutel, naam, k1, k2, $"Consensus vastleggen voor {naam}", "De consensus is vastgelegd.");
        await inkoper.GotoAsync(Url(p.App, $"trajecten/{p.Traject}"));
        await inkoper.GetByRole(AriaRole.Link, new() { Name = "Gunning van perceel 1" }).ClickAsync();
        Assert.Equal("Gunning perceel 1: Thuisondersteuning", await inkoper.Locator("h1").InnerTextAsync());
        await AssertAccessibleAsync(inkoper, "de gunningspagina voor het concept");
        Assert.True(await inkoper.GetByLabel($"Plaats 1: {Jeugdzorg}, 80,00 punten").IsCheckedAsync(), "Het voorstel hoort de nummer 1 te zijn.");
        Assert.False(await inkoper.GetByLabel($"Plaats 2: {Thuishulp}, 52,00 punten").IsCheckedAsync());
        await inkoper.GetByRole(AriaRole.Button, new() { Name = "Concept opstellen" }).ClickAsync();
        Assert.StartsWith("Het concept is opgeslagen", await inkoper.Locator("[data-testid='gelukt']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await inkoper.Locator("details[data-brief]").CountAsync());
        await inkoper.Locator($"details[data-brief='{Gunningsperceel.Thuishulp}'] summary").ClickAsync();
        Assert.Contains("Samenwerking van demo-jeugdzorg-kennemerland: 8 (demo)", await inkoper.Locator($"details[data-brief='{Gunningsperceel.Thuishulp}']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(inkoper, "de gunningspagina met de conceptbrieven");

        await inkoper.GetByRole(AriaRole.Button, new() { Name = "Gunningsbeslissing verzenden aan alle inschrijvers" }).ClickAsync();
        Assert.Contains("Bevestig dat u de brieven heeft gecontroleerd", await inkoper.Locator("[data-testid='foutoverzicht']").InnerTextAsync(), StringComparison.Ordinal);
        await inkoper.GetByLabel("Ik heb de brieven gecontroleerd", new() { Exact = false }).CheckAsync();
        await inkoper.GetByRole(AriaRole.Button, new() { Name = "Gunningsbeslissing verzenden aan alle inschrijvers" }).ClickAsync();
        Assert.StartsWith("De gunningsbeslissing is verzonden", await inkoper.Locator("[data-testid='gelukt']").InnerTextAsync(), StringComparison.Ordinal);
        var einde = Dagtekst.Lang(Standstill.EindigtOp(p.Vandaag));
        Assert.Contains(einde, await inkoper.Locator("[data-testid='standstill']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("StandstillLoopt", await inkoper.Locator("[data-testid='definitief-geweigerd']").GetAttributeAsync("data-code"));
        await AssertAccessibleAsync(inkoper, "de gunningspagina na verzending");

        var aanbieder = await AlsAsync(p, "thuishulp-medewerker");
        await aanbieder.GotoAsync(Url(p.App, $"trajecten/{p.Traject}/percelen/1/gunning"));
        Assert.Contains(einde, await aanbieder.Locator("[data-testid='standstill']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await aanbieder.Locator("[data-testid='brieven'] a").CountAsync());
        await AssertAccessibleAsync(aanbieder, "de gunningspagina van een aanbieder");
        var download = await aanbieder.RunAndWaitForDownloadAsync(() => aanbieder.GetByRole(AriaRole.Link, new() { Name = $"Gunningsbrief aan {Thuishulp} (niet gegund, DOCX)" }).ClickAsync());
        var brief = Gunningsperceel.Tekst(await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken));
        Assert.Contains("Plan van aanpak | 60% | 6 van 10 | 36,00 | Plan van demo-thuishulp-ijmond: 6 (demo)", brief, StringComparison.Ordinal);
        Assert.Contains("Plan van aanpak | 60% | 8 van 10 | 48,00 | Plan van demo-jeugdzorg-kennemerland: 8 (demo)", brief, StringComparison.Ordinal);
        Assert.Contains($"De opschortende termijn eindigt op {einde}.", brief, StringComparison.Ordinal);

        await aanbieder.GetByLabel("Uw toelichting").First.FillAsync("Graag uitleg bij de score op samenwerking (demo).");
        await aanbieder.GetByRole(AriaRole.Button, new() { Name = "Aanvullende motivering vragen" }).ClickAsync();
        Assert.StartsWith("Uw verzoek om een aanvullende motivering is vastgelegd", await aanbieder.Locator("[data-testid='gelukt']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Graag uitleg bij de score op samenwerking (demo).", await aanbieder.Locator("[data-bezwaar='1']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(aanbieder, "de gunningspagina van een aanbieder na een verzoek");
    }

    private async Task<IPage> AlsAsync(Gunningsperceel p, string gebruiker)
    {
        var context = await browser.Browser.NewContextAsync(new() { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await SignInAsync(page, p.App, gebruiker);
        return page;
    }

    private static async Task VulScoresAsync(IPage page, string sleutel, string naam, int k1, int k2, string knop, string gelukt)
    {
        var sectie = page.Locator($"section[data-inschrijver='{sleutel}']");
        await sectie.GetByLabel("Score voor K1 Plan van aanpak (60%)").Last.SelectOptionAsync(k1.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await sectie.GetByLabel("Motivering voor K1 Plan van aanpak").Last.FillAsync($"Plan van {Gunningsperceel.Kort(sleutel)}: {k1} (demo)");
        await sectie.GetByLabel("Score voor K2 Samenwerking (40%)").Last.SelectOptionAsync(k2.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await sectie.GetByLabel("Motivering voor K2 Samenwerking").Last.FillAsync($"Samenwerking van {Gunningsperceel.Kort(sleutel)}: {k2} (demo)");
        await sectie.GetByRole(AriaRole.Button, new() { Name = knop }).ClickAsync();
        var melding = page.Locator("[data-testid='gelukt']").Or(page.Locator("[data-testid='foutoverzicht']")).Or(page.Locator("[data-testid='weigering']"));
        var tekst = await melding.InnerTextAsync();
        Assert.True(tekst.StartsWith(gelukt, StringComparison.Ordinal), $"{knop} ({naam}): {tekst}");
    }
}
