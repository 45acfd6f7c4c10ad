using System.Net;
using System.Net.Http.Json;
using Regio.Functions.Features.Trajecten.Dialogen;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Tests;

namespace Regio.Functions.Tests.Trajecten.Dialogen;

/// <summary>The dialogue of a perceel over HTTP, on a published dialooggericht traject of Haarlem made in the test.</summary>
public class DialoogApiTests(AzuriteFixture azurite)
{
    private const string Dialoog = "/api/trajecten/jeugd-dialoog/percelen/1/dialoog";
    private const string Jeugdzorg = "aanbieder|demo-jeugdzorg-kennemerland";
    private static readonly string Sessie = $"{Dialoog}/rondes/1/sessies/{Uri.EscapeDataString(Jeugdzorg)}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(RegioAppFactory App, HttpClient Anna)> MetRondeAsync(AzuriteFixture azurite)
    {
        var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var anna = app.ClientAs("haarlem-inkoper");
        await GepubliceerdTraject.MaakAsync(anna, "jeugd-dialoog", "Dialooggericht", ["Specialistische jeugdhulp"], aankondigen: false, Ct);
        foreach (var aanbieder in new[] { "demo-jeugdzorg-kennemerland", "demo-thuishulp-ijmond" })
            Assert.Equal(HttpStatusCode.Created, (await anna.PostAsJsonAsync($"{Dialoog}/deelnemers", new { aanbieder }, Ct)).StatusCode);
        var vandaag = Testklok.Vandaag;
        var ronde = await anna.PostAsJsonAsync($"{Dialoog}/rondes", new { titel = "Ronde 1 (demo)", van = vandaag, tot = vandaag.AddDays(14) }, Ct);
        Assert.True(ronde.StatusCode == HttpStatusCode.Created, await ronde.Content.ReadAsStringAsync(Ct));
        return (app, anna);
    }

    [Fact]
    public async Task Minutes_reach_the_participant_concerned_and_another_participant_gets_404()
    {
        var (app, anna) = await MetRondeAsync(azurite);
        await using var _ = app;
        var gepland = await anna.PostAsJsonAsync($"{Dialoog}/rondes/1/sessies",
            new { deelnemer = Jeugdzorg, datum = Testklok.Vandaag.AddDays(1), tijd = "10:00", locatie = "Stadhuis (demo)" }, Ct);
        Assert.True(gepland.StatusCode == HttpStatusCode.Created, await gepland.Content.ReadAsStringAsync(Ct));
        var verslag = await GepubliceerdTraject.SendAsync(anna, HttpMethod.Put, $"{Sessie}/verslag",
            new { tekst = "Wachttijden besproken (demo).", afspraken = new[] { new { omschrijving = "Cijfers sturen", eigenaar = "Jeugdzorg", uiterlijk = "2030-01-01" } } },
            gepland.Headers.ETag!.ToString(), Ct);
        Assert.True(verslag.StatusCode == HttpStatusCode.OK, await verslag.Content.ReadAsStringAsync(Ct));

        var eigen = await app.ClientAs("jeugdzorg-medewerker").GetFromJsonAsync<SessieView>(Sessie, Ct);
        var ander = await app.ClientAs("thuishulp-medewerker").GetAsync(Sessie, Ct);
        var anderDialoog = await app.ClientAs("thuishulp-medewerker").GetFromJsonAsync<DialoogView>(Dialoog, Ct);

        Assert.Equal("Wachttijden besproken (demo).", eigen!.Verslag!.Tekst);
        await Problem.AssertAsync(ander, HttpStatusCode.NotFound, "Niet gevonden");
        Assert.Empty(anderDialoog!.Sessies);
        Assert.Single((await anna.GetFromJsonAsync<DialoogView>(Dialoog, Ct))!.Sessies);
    }

    [Fact]
    public async Task A_shared_document_is_downloadable_by_every_participant_and_by_no_one_else()
    {
        var (app, anna) = await MetRondeAsync(azurite);
        await using var _ = app;

        var gedeeld = await anna.PostAsync($"{Dialoog}/rondes/1/documenten", Testbestanden.Formulier("Agenda ronde 1", Testbestanden.Pdf()), Ct);

        Assert.True(gedeeld.StatusCode == HttpStatusCode.Created, await gedeeld.Content.ReadAsStringAsync(Ct));
        var document = (await gedeeld.Content.ReadFromJsonAsync<GedeeldDocumentView>(Ct))!;
        foreach (var deelnemer in new[] { "jeugdzorg-tekenbevoegde", "thuishulp-medewerker" })
        {
            var view = await app.ClientAs(deelnemer).GetFromJsonAsync<DialoogView>(Dialoog, Ct);
            Assert.Equal(document.GedeeldOp, Assert.Single(view!.Rondes[0].Documenten).GedeeldOp);
            Assert.Equal(HttpStatusCode.OK, (await app.ClientAs(deelnemer).GetAsync(document.Download, Ct)).StatusCode);
        }
        await Problem.AssertAsync(await app.ClientAs("velsen-inkoper").GetAsync(document.Download, Ct), HttpStatusCode.NotFound, "Niet gevonden");
        await Problem.AssertAsync(await app.ClientAs("platform-beheerder").GetAsync(Dialoog, Ct), HttpStatusCode.NotFound, "Niet gevonden");
    }

    [Fact]
    public async Task Bad_dialogue_input_gets_Dutch_400_409_and_428_answers()
    {
        var (app, anna) = await MetRondeAsync(azurite);
        await using var _ = app;

        var zonderPeriode = await anna.PostAsJsonAsync($"{Dialoog}/rondes", new { titel = "Zonder periode" }, Ct);
        var dubbel = await anna.PostAsJsonAsync($"{Dialoog}/deelnemers", new { aanbieder = "demo-jeugdzorg-kennemerland" }, Ct);
        var geenAanbieder = await anna.PostAsJsonAsync($"{Dialoog}/deelnemers", new { aanbieder = "velsen" }, Ct);
        var zonderEtag = await GepubliceerdTraject.SendAsync(anna, HttpMethod.Put, $"{Sessie}/verslag", new { tekst = "x" }, null, Ct);
        var onbekend = await anna.GetAsync(Sessie, Ct);

        Assert.Contains("\"van\"", await Problem.AssertAsync(zonderPeriode, HttpStatusCode.BadRequest, "Ongeldig verzoek") + await zonderPeriode.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("neemt al deel", await Problem.AssertAsync(dubbel, HttpStatusCode.Conflict, "Conflict"), StringComparison.Ordinal);
        await Problem.AssertAsync(geenAanbieder, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        await Problem.AssertAsync(zonderEtag, HttpStatusCode.PreconditionRequired, "ETag vereist");
        await Problem.AssertAsync(onbekend, HttpStatusCode.NotFound, "Niet gevonden");
    }
}
