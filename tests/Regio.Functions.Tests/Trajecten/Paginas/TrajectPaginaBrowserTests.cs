using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Trajecten.Paginas;

/// <summary>The traject page: changing a perceel's phase is refused with the gate that failed; adding a perceel works.</summary>
public class TrajectPaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private static async Task<IPage> NieuwTrajectAsync(IBrowserContext context, RegioAppFactory app)
    {
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");
        await page.GotoAsync(Url(app, "trajecten/nieuw"));
        await TrajectFormulier.VulInAsync(page);
        await TrajectFormulier.VerstuurAsync(page);
        Assert.True(new Uri(page.Url).AbsolutePath == $"/trajecten/{TrajectFormulier.Id}", $"Het traject is niet aangemaakt: {await page.Locator("main").InnerTextAsync()}");
        return page;
    }

    private static ILocator FaseFormulier(IPage page, int perceel) => page.Locator($"section[data-perceel='{perceel}'] form");

    private static async Task VraagFaseAsync(IPage page, int perceel, string fase)
    {
        await FaseFormulier(page, perceel).GetByLabel($"Nieuwe fase voor perceel {perceel}").SelectOptionAsync(new SelectOptionValue { Label = fase });
        await FaseFormulier(page, perceel).GetByRole(AriaRole.Button).ClickAsync();
    }

    [Theory]
    [InlineData("Aangekondigd", "De aankondiging is nog niet gepubliceerd.")]
    [InlineData("Selectie", "Van Voorbereiding naar Selectie is geen toegestane stap in deze procedure.")]
    public async Task An_illegal_phase_change_shows_the_Dutch_message_of_the_gate_and_changes_nothing(string naar, string melding)
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await NieuwTrajectAsync(context, app);

        await VraagFaseAsync(page, 1, naar);

        var weigering = await page.Locator("[data-testid='weigering']").InnerTextAsync();
        Assert.True(weigering.Contains(melding, StringComparison.Ordinal), $"De weigering noemt de ontbrekende voorwaarde niet ('{melding}'): '{weigering}'.");
        Assert.Contains(melding, await page.Locator("#fase-perceel-1-naar-fout").InnerTextAsync(), StringComparison.Ordinal);
        Assert.All((await TrajectFormulier.FasenAsync(page)).Values, fase => Assert.Equal("Voorbereiding", fase));
        Assert.Equal(naar, await page.Locator("#fase-perceel-1-naar option:checked").InnerTextAsync());
        await AssertAccessibleAsync(page, "de trajectpagina na een geweigerde fasewijziging");
    }

    [Fact]
    public async Task Inkoper_adds_a_perceel_through_the_form_and_it_starts_in_Voorbereiding()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await NieuwTrajectAsync(context, app);

        await page.GetByLabel("Naam van het perceel").FillAsync("Aanvullende ondersteuning");
        await page.GetByRole(AriaRole.Button, new() { Name = "Perceel toevoegen" }).ClickAsync();

        var melding = await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "toegevoegd" }).InnerTextAsync();
        Assert.Contains("Perceel 3, Aanvullende ondersteuning", melding, StringComparison.Ordinal);
        var fasen = await TrajectFormulier.FasenAsync(page);
        Assert.Equal("Voorbereiding", fasen["Perceel 3: Aanvullende ondersteuning"]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Perceel toevoegen" }).ClickAsync();
        Assert.Equal("Geef de perceelnaam (maximaal 200 tekens).", await page.Locator("#perceel-naam-fout").InnerTextAsync());
        Assert.Equal(3, (await TrajectFormulier.FasenAsync(page)).Count);
        await AssertAccessibleAsync(page, "de trajectpagina na een fout bij perceel toevoegen");
    }

    [Fact]
    public async Task A_form_read_before_a_colleague_changed_the_traject_is_refused_as_stale()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var oud = await NieuwTrajectAsync(context, app);
        var nieuw = await context.NewPageAsync();
        await nieuw.GotoAsync(oud.Url);
        await nieuw.GetByLabel("Naam van het perceel").FillAsync("Eerste wijziging");
        await nieuw.GetByRole(AriaRole.Button, new() { Name = "Perceel toevoegen" }).ClickAsync();

        await oud.GetByLabel("Naam van het perceel").FillAsync("Verouderde wijziging");
        await oud.GetByRole(AriaRole.Button, new() { Name = "Perceel toevoegen" }).ClickAsync();

        var weigering = await oud.Locator("[data-testid='weigering']").InnerTextAsync();
        Assert.True(weigering.Contains("Iemand anders heeft dit traject intussen gewijzigd", StringComparison.Ordinal), $"De verouderde wijziging is niet als zodanig gemeld: '{weigering}'.");
        Assert.Equal(["Perceel 1: Sociale basis", "Perceel 2: Sociaal wijkteam", "Perceel 3: Eerste wijziging"], (await TrajectFormulier.FasenAsync(oud)).Keys);
    }

    [Fact]
    public async Task Velsen_sees_a_published_Haarlem_traject_without_forms_and_with_links_to_documents_and_questions()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "velsen-inkoper");
        await page.GotoAsync(Url(app, "trajecten"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Gewoon in de Wijk" }).ClickAsync();

        Assert.Equal("Gewoon in de Wijk", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator("main form").CountAsync() == 0, "Velsen hoort een traject van Haarlem niet te kunnen wijzigen.");
        Assert.Equal("/trajecten/gewoon-in-de-wijk/documenten", await page.GetByRole(AriaRole.Link, new() { Name = "Documenten" }).GetAttributeAsync("href"));
        Assert.Equal("/trajecten/gewoon-in-de-wijk/vragen", await page.GetByRole(AriaRole.Link, new() { Name = "Vragen en Nota van Inlichtingen" }).GetAttributeAsync("href"));
        Assert.True(await page.Locator("section[data-perceel] tbody tr").CountAsync() > 0, "De fasegeschiedenis van de percelen ontbreekt.");
        await AssertAccessibleAsync(page, "de pagina van een gepubliceerd traject");
    }

    [Theory]
    [InlineData("trajecten")]
    [InlineData("trajecten/nieuw")]
    [InlineData("trajecten/jeugdhulp-2023")]
    public async Task Trajecten_page_reflows_at_320_css_pixels_without_sideways_scrolling(string path)
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "regio-coordinator");
        await page.GotoAsync(Url(app, path));
        Assert.True(await page.Locator("main form").CountAsync() > 0, $"Op /{path} staat geen formulier om te controleren.");

        var breedte = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        Assert.True(breedte[0] <= breedte[1], $"/{path} is bij 320 CSS-pixels {breedte[0]}px breed en moet zijwaarts scrollen (WCAG 1.4.10).");
    }
}
