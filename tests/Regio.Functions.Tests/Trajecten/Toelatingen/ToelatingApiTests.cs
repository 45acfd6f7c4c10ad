using System.Net;
using System.Net.Http.Json;
using Regio.Functions.Features.Trajecten.Toelatingen;
using Regio.Tests;

namespace Regio.Functions.Tests.Trajecten.Toelatingen;

/// <summary>Open house over HTTP, on a published OpenHouse traject of Haarlem made in the test (the demo has none).</summary>
public class ToelatingApiTests(AzuriteFixture azurite)
{
    private const string Toelatingen = "/api/trajecten/hulpmiddelen/percelen/1/toelatingen";
    private static readonly object Aanvraag = new { antwoorden = new[] { new { eis = "Kwaliteitskeurmerk", antwoord = "HKZ-certificaat (demo)." } } };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Aanbieder_applies_is_refused_with_reasons_applies_again_is_admitted_and_the_perceel_becomes_contracted()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var anna = app.ClientAs("haarlem-inkoper");
        var petra = app.ClientAs("jeugdzorg-tekenbevoegde");
        await GepubliceerdTraject.MaakAsync(anna, "hulpmiddelen", "OpenHouse", ["Rolstoelen", "Scootmobielen"], aankondigen: true, Ct);

        var eerste = await petra.PostAsJsonAsync(Toelatingen, Aanvraag, Ct);
        Assert.True(eerste.StatusCode == HttpStatusCode.Created, await eerste.Content.ReadAsStringAsync(Ct));
        var zonderReden = await GepubliceerdTraject.SendAsync(anna, HttpMethod.Put, $"{Toelatingen}/1/besluit", new { toegelaten = false }, eerste.Headers.ETag!.ToString(), Ct);
        await Problem.AssertAsync(zonderReden, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        var afgewezen = await GepubliceerdTraject.SendAsync(anna, HttpMethod.Put, $"{Toelatingen}/1/besluit",
            new { toegelaten = false, motivering = "Het certificaat is verlopen." }, eerste.Headers.ETag!.ToString(), Ct);
        Assert.Equal(HttpStatusCode.OK, afgewezen.StatusCode);
        Assert.Equal("Het certificaat is verlopen.", Assert.Single((await petra.GetFromJsonAsync<ToelatingenView>(Toelatingen, Ct))!.Aanvragen).Besluit!.Motivering);

        var tweede = await petra.PostAsJsonAsync(Toelatingen, Aanvraag, Ct);
        var toegelaten = await GepubliceerdTraject.SendAsync(anna, HttpMethod.Put, $"{Toelatingen}/2/besluit",
            new { toegelaten = true, motivering = "Voldoet aan alle eisen." }, tweede.Headers.ETag!.ToString(), Ct);
        var vandaag = Testklok.Vandaag;
        var getekend = await GepubliceerdTraject.SendAsync(anna, HttpMethod.Put, $"{Toelatingen}/2/overeenkomst", new { datum = vandaag }, toegelaten.Headers.ETag!.ToString(), Ct);
        Assert.True(getekend.StatusCode == HttpStatusCode.OK, await getekend.Content.ReadAsStringAsync(Ct));
        var traject = await anna.GetAsync("/api/trajecten/hulpmiddelen", Ct);
        var fase = await GepubliceerdTraject.SendAsync(anna, HttpMethod.Post, "/api/trajecten/hulpmiddelen/percelen/1/fase", new { naar = "Gecontracteerd" }, traject.Headers.ETag!.ToString(), Ct);

        Assert.True(fase.StatusCode == HttpStatusCode.OK, await fase.Content.ReadAsStringAsync(Ct));
        var overzicht = await anna.GetFromJsonAsync<ToelatingenView>(Toelatingen, Ct);
        Assert.Equal(new TellingView(1, 2, 1, 1, 0), overzicht!.Telling);
        Assert.Equal(["Afgewezen", "Toegelaten, overeenkomst getekend"], overzicht.Aanvragen.Select(a => a.Status));
    }

    [Fact]
    public async Task Bad_applications_and_decisions_get_Dutch_400_403_404_409_and_412()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var anna = app.ClientAs("haarlem-inkoper");
        var petra = app.ClientAs("jeugdzorg-tekenbevoegde");
        await GepubliceerdTraject.MaakAsync(anna, "hulpmiddelen", "OpenHouse", ["Rolstoelen"], aankondigen: true, Ct);
        var aanvraag = await petra.PostAsJsonAsync(Toelatingen, Aanvraag, Ct);
        var etag = aanvraag.Headers.ETag!.ToString();

        await Problem.AssertAsync(await petra.PostAsJsonAsync(Toelatingen, new { antwoorden = Array.Empty<object>() }, Ct), HttpStatusCode.BadRequest, "Ongeldig verzoek");
        await Problem.AssertAsync(await petra.PostAsJsonAsync(Toelatingen, Aanvraag, Ct), HttpStatusCode.Conflict, "Conflict");
        await Problem.AssertAsync(await GepubliceerdTraject.SendAsync(petra, HttpMethod.Put, $"{Toelatingen}/1/besluit", new { toegelaten = true, motivering = "Zelf" }, etag, Ct),
            HttpStatusCode.Forbidden, "Geen toegang");
        await Problem.AssertAsync(await anna.GetAsync("/api/trajecten/hulpmiddelen/percelen/7/toelatingen", Ct), HttpStatusCode.NotFound, "Niet gevonden");
        await Problem.AssertAsync(await GepubliceerdTraject.SendAsync(anna, HttpMethod.Put, $"{Toelatingen}/9/besluit", new { toegelaten = true, motivering = "Ja" }, etag, Ct),
            HttpStatusCode.NotFound, "Niet gevonden");
        var besloten = await GepubliceerdTraject.SendAsync(anna, HttpMethod.Put, $"{Toelatingen}/1/besluit", new { toegelaten = true, motivering = "Voldoet." }, etag, Ct);
        await Problem.AssertAsync(await GepubliceerdTraject.SendAsync(anna, HttpMethod.Put, $"{Toelatingen}/1/overeenkomst", new { datum = Testklok.Vandaag }, etag, Ct),
            HttpStatusCode.PreconditionFailed, "Intussen gewijzigd");
        await Problem.AssertAsync(await GepubliceerdTraject.SendAsync(anna, HttpMethod.Put, $"{Toelatingen}/1/besluit", new { toegelaten = false, motivering = "Toch niet" },
            besloten.Headers.ETag!.ToString(), Ct), HttpStatusCode.Conflict, "Conflict");
        await Problem.AssertAsync(await app.ClientAs("velsen-inkoper").GetAsync(Toelatingen, Ct), HttpStatusCode.Forbidden, "Geen toegang");
    }
}
