using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Regio.Functions.Tests.Spine;
using Regio.Tests;

namespace Regio.Functions.Tests.Inloggen;

/// <summary>Signing in and out as a person does it: the development sign-in page, real cookies, real Chromium.</summary>
public class InloggenBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    [Fact]
    public async Task Haarlem_inkoper_signs_in_lands_on_Haarlem_and_signs_out_with_no_WCAG_violations_on_the_way()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(Url(app, "dev/aanmelden"));
        await AssertAccessibleAsync(page, "de ontwikkelaanmeldpagina");
        await page.ClickAsync("[data-gebruiker='haarlem-inkoper']");

        Assert.True(new Uri(page.Url).AbsolutePath == "/organisaties/haarlem", $"Na het aanmelden hoort de inkoper op /organisaties/haarlem te staan, niet op {page.Url}.");
        Assert.Equal("Gemeente Haarlem", await page.Locator("h1").InnerTextAsync());
        var header = await page.Locator("header").InnerTextAsync();
        Assert.True(header.Contains("Anna de Vries (demo)", StringComparison.Ordinal), $"De kop noemt de aangemelde persoon niet: '{header}'.");
        Assert.True(header.Contains("Gemeente Haarlem", StringComparison.Ordinal), $"De kop noemt de organisatie niet: '{header}'.");
        await AssertAccessibleAsync(page, "de organisatiepagina");

        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();

        Assert.True(new Uri(page.Url).AbsolutePath == "/", $"Na het afmelden hoort de startpagina te volgen, niet {page.Url}.");
        await AssertAnonymousAsync(page);
        await AssertAccessibleAsync(page, "de startpagina na het afmelden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        Assert.Equal("Aanmelden", await page.Locator("h1").InnerTextAsync());
        await AssertAccessibleAsync(page, "de aanmeldpagina");
        await page.GetByRole(AriaRole.Link, new() { Name = "Toegankelijkheidsverklaring" }).ClickAsync();
        Assert.Equal("Toegankelijkheidsverklaring", await page.Locator("h1").InnerTextAsync());
        await AssertAccessibleAsync(page, "de toegankelijkheidsverklaring");
    }

    [Fact]
    public async Task Signed_in_person_can_reach_and_press_sign_out_with_the_keyboard_only()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");

        var reached = false;
        for (var stops = 0; stops < 15 && !reached; stops++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === 'Afmelden'");
        }
        Assert.True(reached, "De knop Afmelden is niet binnen 15 tabstops met het toetsenbord te bereiken.");
        var terug = page.WaitForURLAsync(Url(app, ""), new() { Timeout = 10_000 });
        await page.Keyboard.PressAsync("Enter");
        var uitkomst = await Task.WhenAny(terug);
        Assert.True(uitkomst.IsCompletedSuccessfully, $"Enter op Afmelden leidde niet naar de startpagina; de browser staat op {page.Url}: {await page.Locator("body").InnerTextAsync()}");

        await AssertAnonymousAsync(page);
    }

    [Fact]
    public async Task Velsen_inkoper_gets_404_not_found_for_the_Haarlem_page()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "velsen-inkoper");

        var response = await page.GotoAsync(Url(app, "organisaties/haarlem"));

        Assert.True(response?.Status == 404, $"Velsen hoort 404 te krijgen voor de pagina van Haarlem, niet {response?.Status}.");
        Assert.Equal("Niet gevonden", await page.Locator("h1").InnerTextAsync());
        var body = await page.Locator("main").InnerTextAsync();
        Assert.False(body.Contains("Haarlem", StringComparison.Ordinal), $"De niet-gevonden-pagina verraadt iets over Haarlem: '{body}'.");
        await AssertAccessibleAsync(page, "de niet-gevonden-pagina");
    }

    [Fact]
    public async Task Anonymous_visitor_of_an_organisation_page_is_sent_to_sign_in()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(Url(app, "organisaties/haarlem"));

        Assert.True(new Uri(page.Url).AbsolutePath == "/aanmelden", $"Een anonieme bezoeker hoort naar /aanmelden te gaan, niet naar {page.Url}.");
        Assert.Equal("Aanmelden", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Person_without_a_role_sees_what_to_ask_for_with_no_WCAG_violations()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(app, "dev/aanmelden"));
        await page.ClickAsync("[data-gebruiker='haarlem-zonder-rol']");

        Assert.True(new Uri(page.Url).AbsolutePath == "/geen-rol", $"Iemand zonder rol hoort op /geen-rol te landen, niet op {page.Url}.");
        Assert.Equal("U heeft nog geen rol", await page.Locator("h1").InnerTextAsync());
        Assert.True((await page.Locator("main").InnerTextAsync()).Contains("Vraag de inkoper", StringComparison.Ordinal), "De pagina zegt niet wie een rol kan geven.");
        await AssertAccessibleAsync(page, "de pagina voor iemand zonder rol");
    }

    [Fact]
    public async Task Person_given_a_role_through_the_API_signs_in_from_the_development_page_with_no_WCAG_violations()
    {
        await using var app = await StartAsync(azurite);
        var aanbieder = (await DemoAanbieders.RegistreerAsync(app, "ontwikkel", 1, TestContext.Current.CancellationToken))[0];
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(app, "dev/aanmelden"));

        await page.Locator("summary", new() { HasText = aanbieder.Naam }).ClickAsync();
        await AssertAccessibleAsync(page, "de ontwikkelaanmeldpagina met een uitgeklapte organisatie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden als Medewerker 001 (demo)" }).ClickAsync();

        var header = await page.Locator("header").InnerTextAsync();
        Assert.True(header.Contains("Aangemeld als", StringComparison.Ordinal) && header.Contains("Medewerker 001 (demo)", StringComparison.Ordinal),
            $"Na het aanmelden hoort de kop de medewerker als aangemeld te noemen: '{header}'.");
    }

    [Fact]
    public async Task Development_page_with_a_hundred_registered_organisations_stays_short_and_has_no_WCAG_violations()
    {
        await using var app = await StartAsync(azurite);
        var aanbieders = await DemoAanbieders.RegistreerAsync(app, "veel", 100, TestContext.Current.CancellationToken);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(Url(app, "dev/aanmelden"));

        Assert.Equal(aanbieders.Count, await page.Locator("details:not([open])").CountAsync());
        Assert.True(await page.GetByRole(AriaRole.Button).Filter(new() { Visible = true }).CountAsync() < 40,
            "Elke organisatie buiten de demo hoort ingeklapt te staan, zodat de pagina met 100 organisaties te overzien blijft.");
        await AssertAccessibleAsync(page, "de ontwikkelaanmeldpagina met 100 organisaties");
    }

    [Fact]
    public async Task Sign_in_page_that_offers_eHerkenning_has_no_WCAG_violations()
    {
        await using var app = new RegioAppFactory(azurite, Auth.EHerkenningTokens.Instellingen());
        app.UseKestrel(0);
        app.StartServer();
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(Url(app, "aanmelden"));

        var knop = page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden met eHerkenning (voor aanbieders)" });
        Assert.True(await knop.CountAsync() == 1, "De aanmeldpagina biedt eHerkenning niet aan, terwijl het is ingesteld.");
        await AssertAccessibleAsync(page, "de aanmeldpagina met eHerkenning");
    }

    /// <param name="klok">The app's clock; null: the pinned <see cref="Testklok"/>.</param>
    internal static async Task<RegioAppFactory> StartAsync(AzuriteFixture azurite, Microsoft.Extensions.Time.Testing.FakeTimeProvider? klok = null)
    {
        var app = klok is null ? new RegioAppFactory(azurite) : new RegioAppFactory(azurite) { Klok = klok };
        app.UseKestrel(0);
        app.StartServer();
        return await app.LoadDemoDataAsync();
    }

    internal static string Url(RegioAppFactory app, string path) => new Uri(app.ClientOptions.BaseAddress, path).ToString();

    /// <summary>Signs in through the development sign-in page, as a person would click it.</summary>
    internal static async Task SignInAsync(IPage page, RegioAppFactory app, string gebruiker)
    {
        await page.GotoAsync(Url(app, "dev/aanmelden"));
        await page.ClickAsync($"[data-gebruiker='{gebruiker}']");
        var header = await page.Locator("[data-testid='aangemeld-als']").InnerTextAsync();
        Assert.True(header.StartsWith("Aangemeld als", StringComparison.Ordinal), $"Aanmelden als {gebruiker} is niet gelukt; de kop zegt '{header}'.");
    }

    internal static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, $"axe-core vindt WCAG 2.1 AA-overtredingen op {what} ({page.Url}):\n" +
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
        Assert.True(result.Passes.Length > 0, $"axe-core heeft niets gecontroleerd op {what}; is de pagina wel geladen?");
    }

    private static async Task AssertAnonymousAsync(IPage page)
    {
        var header = await page.Locator("header").InnerTextAsync();
        Assert.True(header.Contains("Aanmelden", StringComparison.Ordinal) && !header.Contains("Aangemeld als", StringComparison.Ordinal),
            $"Na het afmelden hoort de kop de link Aanmelden te tonen en niemand als aangemeld: '{header}'.");
    }
}
