using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Regio.Functions.Hosting;
using Regio.Functions.Tests.Auth;
using Regio.Functions.Tests.Trajecten;
using Regio.Functions.Tests.Trajecten.Inschrijvingen;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Tests;

namespace Regio.Functions.Tests.Hosting;

/// <summary>Private answers stay out of every cache; what is public for everyone may be kept.</summary>
public class CachingTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // As sent, not as HttpClient would reorder it.
    private static string CacheControl(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("Cache-Control", out var values) ? values.ToString() : "";

    private static void AssertPrivate(HttpResponseMessage response, string wat)
    {
        Assert.True(response.IsSuccessStatusCode, $"{wat}: status {(int)response.StatusCode}");
        Assert.True(CacheControl(response) == "private, no-store", $"{wat} hoort 'private, no-store' te dragen, niet '{CacheControl(response)}'.");
    }

    [Theory]
    [InlineData("haarlem-budgethouder", "/api/gemeenten/haarlem/budget")]
    [InlineData("haarlem-beleidsmedewerker", "/api/gemeenten/haarlem/lokale-keuzes")]
    [InlineData("haarlem-inkoper", "/api/me")]
    public async Task A_private_api_answer_carries_private_no_store(string gebruiker, string pad)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        AssertPrivate(await app.ClientAs(gebruiker).GetAsync(pad, Ct), pad);
    }

    [Fact]
    public async Task A_receipt_in_every_form_carries_private_no_store()
    {
        await using var app = await new RegioAppFactory(azurite) { Klok = Testklok.VanafNu() }.LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        await GepubliceerdTraject.MaakAsync(inkoper, "cache-bewijs", "Openbaar", ["Perceel A"], aankondigen: true, Ct);
        await Indienen.StelMomentVastAsync(inkoper, "cache-bewijs", app.Klok!.GetUtcNow().AddDays(3), ["UEA"], Ct);
        var aanbieder = app.ClientAs("jeugdzorg-tekenbevoegde");
        var upload = await Indienen.UploadAsync(aanbieder, "cache-bewijs", "UEA", "uea.pdf", Testbestanden.Pdf("UEA"), Ct);

        var ingediend = await Indienen.DienInAsync(aanbieder, "cache-bewijs", [upload], Ct);

        AssertPrivate(ingediend, "het antwoord op het indienen");
        var bewijs = await Indienen.JsonAsync(ingediend, Ct);
        foreach (var vorm in new[] { "tekst", "pdf" })
        {
            AssertPrivate(await aanbieder.GetAsync(bewijs.GetProperty(vorm).GetString(), Ct), $"de ontvangstbevestiging als {vorm}");
        }
    }

    [Fact]
    public async Task A_page_for_a_signed_in_person_carries_private_no_store()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var sessie = await CookieSessie.StartAsync(app, "haarlem-inkoper", Ct);

        AssertPrivate(await sessie.Client.GetAsync("/organisaties/haarlem", Ct), "de organisatiepagina");
    }

    [Theory]
    [InlineData("/api/ocds/releases")]
    [InlineData("/api/ocds/records")]
    [InlineData("/api/regio")]
    [InlineData("/health")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/css/regio.css")]
    public async Task A_public_answer_is_not_marked_no_store(string pad)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.CreateClient().GetAsync(pad, Ct);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{pad}: status {(int)response.StatusCode}");
        Assert.False(response.Headers.CacheControl?.NoStore == true, $"{pad} is openbaar en hoort niet 'no-store' te dragen: '{CacheControl(response)}'.");
    }

    [Fact]
    public async Task Only_an_endpoint_anyone_may_call_says_its_answer_is_public()
    {
        await using var app = new RegioAppFactory(azurite);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var publiek = endpoints.Where(e => e.Metadata.GetMetadata<PublicAnswer>() is not null).ToList();
        var metAanmelding = publiek.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null).Select(e => e.RoutePattern.RawText).ToList();

        Assert.True(publiek.Count >= 5, $"Slechts {publiek.Count} openbare endpoints gevonden; klopt de markering?");
        Assert.True(metAanmelding.Count == 0, $"Deze endpoints vragen aanmelding maar noemen hun antwoord openbaar:\n{string.Join("\n", metAanmelding)}");
    }
}
