using Microsoft.Playwright;
using Regio.Tests;
using static Regio.Functions.Tests.Inloggen.InloggenBrowserTests;

namespace Regio.Functions.Tests.Organisaties;

/// <summary>The form "Collega uitnodigen" on the organisation page, in Chromium and checked with axe.</summary>
public class UitnodigingBrowserTests(AzuriteFixture azurite, BrowserFixture browser)
{
    private static ILocator Formulier(IPage page) =>
        page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }) });

    [Fact]
    public async Task Haarlem_inkoper_invites_a_colleague_sees_each_mistake_at_its_field_and_revokes_the_invitation()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-inkoper");
        await page.GotoAsync(Url(app, "organisaties/haarlem"));

        await Formulier(page).GetByLabel("E-mailadres").FillAsync("geen adres");
        await Formulier(page).GetByRole(AriaRole.Button).ClickAsync();
        var fouten = await page.GetByTestId("foutoverzicht").InnerTextAsync();
        Assert.True(fouten.Contains("e-mailadres", StringComparison.Ordinal) && fouten.Contains("Kies minstens één rol", StringComparison.Ordinal),
            $"Het foutoverzicht hoort het adres en de rollen te noemen: '{fouten}'.");
        Assert.Equal("true", await Formulier(page).GetByLabel("E-mailadres").GetAttributeAsync("aria-invalid"));
        await AssertAccessibleAsync(page, "het uitnodigingsformulier met fouten");

        await Formulier(page).GetByLabel("E-mailadres").FillAsync("Nieuwe.Collega@haarlem.example");
        await Formulier(page).GetByLabel("Lezer", new() { Exact = true }).CheckAsync();
        await Formulier(page).GetByRole(AriaRole.Button).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "nieuwe.collega@haarlem.example is uitgenodigd" }).WaitForAsync();
        var rij = page.GetByTestId("uitnodigingen").Locator("tbody tr").Filter(new() { HasText = "nieuwe.collega@haarlem.example" });
        var tekst = await rij.InnerTextAsync();
        Assert.True(tekst.Contains("Open tot", StringComparison.Ordinal) && tekst.Contains("Lezer", StringComparison.Ordinal), $"De uitnodiging hoort open te staan met de rol lezer: '{tekst}'.");
        Assert.DoesNotMatch("[0-9a-f]{32}", await page.Locator("main").InnerTextAsync());
        await AssertAccessibleAsync(page, "de organisatiepagina met een open uitnodiging");

        await rij.GetByRole(AriaRole.Button, new() { Name = "Intrekken" }).ClickAsync();

        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "is ingetrokken" }).WaitForAsync();
        var na = await page.GetByTestId("uitnodigingen").Locator("tbody tr").Filter(new() { HasText = "nieuwe.collega@haarlem.example" }).InnerTextAsync();
        Assert.Contains("Ingetrokken op", na, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Haarlem_lezer_sees_no_invitation_form()
    {
        await using var app = await StartAsync(azurite);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app, "haarlem-lezer");

        await page.GotoAsync(Url(app, "organisaties/haarlem"));

        Assert.Equal(0, await page.GetByRole(AriaRole.Heading, new() { Name = "Collega uitnodigen" }).CountAsync());
    }
}
