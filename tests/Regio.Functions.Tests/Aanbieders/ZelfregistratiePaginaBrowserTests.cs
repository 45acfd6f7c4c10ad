using Microsoft.Playwright;
using Regio.Functions.Tests.Auth;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Aanbieders;

/// <summary>
/// Registering one's care provider in Chromium, as a person of an Entra tenant Regio does not know yet (a bearer token on
/// every request, as the page tests do without the Entra sign-in), and the beheerder's decision on it.
/// </summary>
public class ZelfregistratiePaginaBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private const string Pagina = "aanbieders/registreren";

    private async Task<IPage> AlsOnbekendeTenantAsync()
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {TestTokens.Mint(Guid.NewGuid(), Guid.NewGuid(), "Sanne Nieuw (test)")}" },
        });
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_is_offered_the_sign_in_for_the_registration()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(Url(app, Pagina));

        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden om uw organisatie te registreren" }).CountAsync());
        await AssertAccessibleAsync(page, "de registratiepagina voor wie niet is aangemeld");
    }

    [Fact]
    public async Task A_person_of_an_unknown_tenant_sees_errors_per_field_then_registers_and_the_beheerder_refuses_with_a_reason()
    {
        await using var app = await StartAsync(azurite);
        var sanne = await AlsOnbekendeTenantAsync();
        await sanne.GotoAsync(Url(app, Pagina));

        await sanne.GetByLabel("KvK-nummer").FillAsync("123");
        await sanne.GetByRole(AriaRole.Button, new() { Name = "Organisatie registreren" }).ClickAsync();
        var fouten = await sanne.Locator("[data-testid='foutoverzicht']").InnerTextAsync();
        Assert.True(fouten.Contains("precies 8 cijfers", StringComparison.Ordinal) && fouten.Contains("naam van uw organisatie", StringComparison.Ordinal),
            $"Het foutoverzicht hoort het KvK-nummer en de naam te noemen: '{fouten}'.");
        await AssertAccessibleAsync(sanne, "de registratiepagina met fouten");

        await sanne.GetByLabel("KvK-nummer").FillAsync("50000001");
        await sanne.GetByLabel("Naam van uw organisatie").FillAsync("Zorg in de Wijk (test)");
        await sanne.GetByRole(AriaRole.Button, new() { Name = "Organisatie registreren" }).ClickAsync();
        var ontvangen = await sanne.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.True(ontvangen.Contains("is ontvangen en wacht op bevestiging", StringComparison.Ordinal), $"De bevestiging van de registratie ontbreekt: '{ontvangen}'.");
        await AssertAccessibleAsync(sanne, "de registratiepagina na het registreren");

        await using var beheer = await browser.Browser.NewContextAsync();
        var rosa = await beheer.NewPageAsync();
        await SignInAsync(rosa, app, "platform-beheerder");
        await rosa.GotoAsync(Url(app, "beheer/organisaties"));
        await rosa.GetByLabel("Zorg in de Wijk (test), KvK-nummer 50000001").CheckAsync();
        await rosa.GetByLabel("Reden van weigering").FillAsync("Geen zorgaanbieder volgens de KvK.");
        await rosa.GetByRole(AriaRole.Button, new() { Name = "Weigeren" }).ClickAsync();
        var besloten = await rosa.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.True(besloten.Contains("is geweigerd", StringComparison.Ordinal), $"De melding na het weigeren ontbreekt: '{besloten}'.");
        await AssertAccessibleAsync(rosa, "het beheer van organisaties met aanbieders die wachten op bevestiging");

        await sanne.GotoAsync(Url(app, "organisaties/zorg-in-de-wijk-test"));
        var status = await sanne.Locator("[data-testid='registratiestatus']").InnerTextAsync();
        Assert.True(status.Contains("Geen zorgaanbieder volgens de KvK.", StringComparison.Ordinal), $"De aanbieder hoort de reden van de weigering te zien: '{status}'.");
    }
}
