using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Organisaties;

/// <summary>The organisation pages in Chromium: who sees the people, who may change their roles, and registering an organisation.</summary>
public class OrganisatiePaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private const string Eva = "Eva Smit (demo)";

    private static ILocator RollenFormulier(IPage page, string naam) =>
        page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = $"Rollen opslaan voor {naam}" }) });

    /// <summary>The elements that stick out of the viewport or whose text runs out of them, leaving out those inside a container that scrolls on its own (wide tables).</summary>
    private const string TeBreed = """
        [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible')
          .filter(e => { for (let p = e.parentElement; p; p = p.parentElement) { if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return false; } return true; })
          .slice(0, 12)
          .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join(''))
        """;

    [Fact]
    public async Task Haarlem_inkoper_gives_the_lezer_the_role_beoordelaar_and_it_stays_saved()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");

        await RollenFormulier(page, Eva).GetByLabel("Beoordelaar", new() { Exact = true }).CheckAsync();
        await RollenFormulier(page, Eva).GetByRole(AriaRole.Button).ClickAsync();

        var melding = await page.GetByRole(AriaRole.Status).Filter(new() { HasText = Eva }).InnerTextAsync();
        Assert.True(melding.Contains("beoordelaar", StringComparison.Ordinal) && melding.Contains("lezer", StringComparison.Ordinal),
            $"De melding na het opslaan noemt de nieuwe rollen niet: '{melding}'.");
        await AssertAccessibleAsync(page, "de organisatiepagina na het opslaan van rollen");

        await page.GotoAsync(Url(app, "organisaties/haarlem"));
        var rij = await page.Locator("tbody tr").Filter(new() { HasText = Eva }).InnerTextAsync();
        Assert.True(rij.Contains("Beoordelaar", StringComparison.Ordinal) && rij.Contains("Lezer", StringComparison.Ordinal),
            $"Na opnieuw laden hoort {Eva} beoordelaar en lezer te zijn: '{rij}'.");
        Assert.True(await page.GetByRole(AriaRole.Status).CountAsync() == 0, "Na opnieuw laden hoort er geen melding meer te staan.");
    }

    [Fact]
    public async Task A_role_form_read_before_someone_else_saved_is_refused_and_shows_the_current_roles()
    {
        await using var app = await StartAsync(azurite);
        await using var eerste = await browser.Browser.NewContextAsync();
        await using var tweede = await browser.Browser.NewContextAsync();
        var oud = await eerste.NewPageAsync();
        var nieuw = await tweede.NewPageAsync();
        await SignInAsync(oud, app, "haarlem-inkoper");
        await SignInAsync(nieuw, app, "haarlem-inkoper");

        await RollenFormulier(nieuw, Eva).GetByLabel("Beoordelaar", new() { Exact = true }).CheckAsync();
        await RollenFormulier(nieuw, Eva).GetByRole(AriaRole.Button).ClickAsync();
        await RollenFormulier(oud, Eva).GetByLabel("Budgethouder", new() { Exact = true }).CheckAsync();
        await RollenFormulier(oud, Eva).GetByRole(AriaRole.Button).ClickAsync();

        var weigering = await oud.Locator("[data-testid='weigering']").InnerTextAsync();
        Assert.True(weigering.Contains("Iemand anders heeft de rollen", StringComparison.Ordinal), $"De verouderde wijziging is niet als zodanig gemeld: '{weigering}'.");
        var rij = await oud.Locator("tbody tr").Filter(new() { HasText = Eva }).InnerTextAsync();
        Assert.True(rij.Contains("Beoordelaar", StringComparison.Ordinal) && !rij.Contains("Budgethouder", StringComparison.Ordinal),
            $"Na de weigering horen de rollen van de ander te staan, niet de verouderde wijziging: '{rij}'.");
        Assert.True(await RollenFormulier(oud, Eva).GetByLabel("Budgethouder", new() { Exact = true }).IsCheckedAsync() == false,
            "Het formulier toont nog de verouderde keuze in plaats van de huidige rollen.");
        await AssertAccessibleAsync(oud, "de organisatiepagina na een verouderde wijziging");
    }

    [Fact]
    public async Task Haarlem_inkoper_adds_a_colleague_with_the_role_lezer()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");

        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Tim Terpstra (demo)");
        await page.GetByLabel("Entra object-id").FillAsync("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        var toevoegen = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Persoon toevoegen" }) });
        await toevoegen.GetByLabel("Lezer", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Persoon toevoegen" }).ClickAsync();

        var melding = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.True(melding.Contains("Tim Terpstra (demo)", StringComparison.Ordinal), $"De bevestiging noemt de nieuwe collega niet: '{melding}'.");
        var rij = await page.Locator("tbody tr").Filter(new() { HasText = "Tim Terpstra (demo)" }).InnerTextAsync();
        Assert.True(rij.Contains("Lezer", StringComparison.Ordinal), $"De nieuwe collega staat niet als lezer bij de mensen: '{rij}'.");
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Rollen opslaan voor Tim Terpstra (demo)" }).CountAsync() == 1,
            "Voor de nieuwe collega is er geen formulier om de rollen te wijzigen.");
    }

    [Fact]
    public async Task A_malformed_object_id_shows_the_Dutch_field_error_and_adds_nobody()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");
        var mensen = await page.Locator("tbody tr[data-lid]").CountAsync();

        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Zonder Id (demo)");
        await page.GetByLabel("Entra object-id").FillAsync("geen-guid");
        await page.GetByRole(AriaRole.Button, new() { Name = "Persoon toevoegen" }).ClickAsync();

        const string fout = "Geef de tenant-id en object-id (GUID's) van de persoon uit Entra ID.";
        var objectId = page.GetByLabel("Entra object-id");
        Assert.True(await objectId.GetAttributeAsync("aria-invalid") == "true", "Het object-id-veld is niet als ongeldig gemarkeerd.");
        Assert.True(await objectId.InputValueAsync() == "geen-guid", "Het ingevulde object-id is na de fout niet bewaard.");
        Assert.True(await page.Locator("#nieuw-objectId-fout").InnerTextAsync() == fout, "De foutmelding staat niet bij het object-id-veld.");
        Assert.True(await page.Locator("[data-testid='foutoverzicht'] a[href='#nieuw-objectId']").InnerTextAsync() == fout,
            "Het foutoverzicht bovenaan linkt niet naar het object-id-veld.");
        Assert.True(await page.Locator("tbody tr[data-lid]").CountAsync() == mensen, "Na een fout is er toch iemand toegevoegd.");
        await AssertAccessibleAsync(page, "de organisatiepagina na een fout in het formulier");
    }

    [Fact]
    public async Task Haarlem_lezer_sees_the_people_but_no_role_forms()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await SignInAsync(page, app, "haarlem-lezer");

        Assert.True(new Uri(page.Url).AbsolutePath == "/organisaties/haarlem", $"De lezer hoort op de pagina van Haarlem te landen, niet op {page.Url}.");
        var mensen = await page.Locator("tbody tr[data-lid]").AllInnerTextsAsync();
        Assert.True(mensen.Any(m => m.Contains("Anna de Vries (demo)", StringComparison.Ordinal)) && mensen.Any(m => m.Contains(Eva, StringComparison.Ordinal)),
            $"De lezer hoort de mensen van Haarlem te zien: {string.Join(" | ", mensen)}.");
        Assert.True(await page.Locator("main form").CountAsync() == 0, "De lezer hoort geen formulieren te zien om rollen te wijzigen of iemand toe te voegen.");
        Assert.Equal("Lezer", await page.Locator("[data-testid='eigen-rollen']").InnerTextAsync());
        Assert.True(await page.Locator("tr[data-traject='gewoon-in-de-wijk']").CountAsync() == 1, "Haarlem neemt deel aan Gewoon in de Wijk; dat traject ontbreekt.");
        await AssertAccessibleAsync(page, "de organisatiepagina voor een lezer");
    }

    [Theory]
    [InlineData("organisaties/haarlem")]
    [InlineData("beheer/organisaties")]
    [InlineData("beheer/regios")]
    [InlineData("toegankelijkheidsverklaring")]
    public async Task Page_with_its_forms_and_tables_reflows_at_320_css_pixels_without_sideways_scrolling(string path)
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "platform-beheerder");
        await page.GotoAsync(Url(app, path));
        Assert.True(await page.Locator("main form, main table, main dl").CountAsync() > 0, $"Op /{path} staat geen formulier, tabel of lijst om te controleren.");

        var breedte = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        Assert.True(breedte[0] <= breedte[1], $"De pagina is bij 320 CSS-pixels {breedte[0]}px breed en moet zijwaarts scrollen (WCAG 1.4.10); " +
            $"te breed: {string.Join(", ", await page.EvaluateAsync<string[]>(TeBreed))}.");
    }

    [Fact]
    public async Task Platform_beheerder_registers_an_aanbieder_and_sees_it_in_the_list()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "platform-beheerder");
        await page.GotoAsync(Url(app, "beheer/organisaties"));
        await AssertAccessibleAsync(page, "de beheerpagina van organisaties");

        await page.GetByLabel("Aanbieder", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Id", new() { Exact = true }).FillAsync("demo-zorg-velsen");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Zorg Velsen B.V. (demo)");
        await page.GetByLabel("KvK-nummer").FillAsync("90000099");
        await page.GetByLabel("Gastaccounts").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Organisatie registreren" }).ClickAsync();

        var melding = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.True(melding.Contains("Zorg Velsen B.V. (demo)", StringComparison.Ordinal), $"De bevestiging noemt de nieuwe organisatie niet: '{melding}'.");
        var rij = await page.Locator("tr[data-organisatie='demo-zorg-velsen']").InnerTextAsync();
        Assert.True(rij.Contains("90000099", StringComparison.Ordinal) && rij.Contains("Aanbieder", StringComparison.Ordinal),
            $"De nieuwe aanbieder staat niet (goed) in de lijst: '{rij}'.");
        await AssertAccessibleAsync(page, "de beheerpagina na het registreren");
    }

    [Fact]
    public async Task A_wrong_KvK_number_shows_the_Dutch_field_error_and_the_error_summary()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "platform-beheerder");
        await page.GotoAsync(Url(app, "beheer/organisaties"));

        await page.GetByLabel("Aanbieder", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Id", new() { Exact = true }).FillAsync("demo-te-kort");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Te Kort B.V. (demo)");
        await page.GetByLabel("KvK-nummer").FillAsync("1234");
        await page.GetByLabel("Gastaccounts").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Organisatie registreren" }).ClickAsync();

        const string fout = "Een KvK-nummer bestaat uit precies 8 cijfers.";
        var kvk = page.GetByLabel("KvK-nummer");
        Assert.True(await kvk.GetAttributeAsync("aria-invalid") == "true", "Het KvK-veld is niet als ongeldig gemarkeerd.");
        Assert.True(await kvk.InputValueAsync() == "1234", "Het ingevulde KvK-nummer is na de fout niet bewaard.");
        Assert.True(await page.Locator("#registratie-kvkNummer-fout").InnerTextAsync() == fout, "De foutmelding staat niet bij het KvK-veld.");
        var samenvatting = page.Locator("[data-testid='foutoverzicht']");
        Assert.True(await samenvatting.Locator("a[href='#registratie-kvkNummer']").InnerTextAsync() == fout,
            "Het foutoverzicht bovenaan linkt niet naar het KvK-veld met de melding.");
        Assert.True(await page.EvaluateAsync<string>("document.activeElement?.dataset.testid ?? ''") == "foutoverzicht", "Het foutoverzicht krijgt niet de focus.");
        Assert.True(await page.Locator("tr[data-organisatie='demo-te-kort']").CountAsync() == 0, "Een ongeldige organisatie is toch geregistreerd.");
        Assert.StartsWith("Fout: ", await page.TitleAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "de beheerpagina na een fout in het formulier");
        Assert.True(await kvk.GetAttributeAsync("id") == "registratie-kvkNummer", "De link in het foutoverzicht wijst niet naar het KvK-veld zelf.");
    }

    [Fact]
    public async Task Person_who_is_not_a_beheerder_is_told_so_when_registering()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");
        await page.GotoAsync(Url(app, "beheer/organisaties"));

        var zichtbaar = await page.Locator("tbody tr[data-organisatie]").AllInnerTextsAsync();
        Assert.True(zichtbaar.Count == 1 && zichtbaar[0].Contains("Gemeente Haarlem", StringComparison.Ordinal),
            $"Een inkoper hoort alleen de eigen organisatie te zien: {string.Join(" | ", zichtbaar)}.");
        await page.GetByLabel("Gemeente", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Id", new() { Exact = true }).FillAsync("nieuwegemeente");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Gemeente Nieuw (demo)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Organisatie registreren" }).ClickAsync();

        var weigering = await page.Locator("[data-testid='weigering']").InnerTextAsync();
        Assert.True(weigering.Contains("platformbeheerder", StringComparison.Ordinal), $"De weigering zegt niet wie wel mag registreren: '{weigering}'.");
        await AssertAccessibleAsync(page, "de beheerpagina na een weigering");
    }
}
