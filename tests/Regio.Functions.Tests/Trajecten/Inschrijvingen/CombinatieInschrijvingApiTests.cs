using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Tests;

namespace Regio.Functions.Tests.Trajecten.Inschrijvingen;

/// <summary>A combinatie's submission over HTTP: both members read one receipt; an aanbieder outside it gets nothing of it.</summary>
public class CombinatieInschrijvingApiTests(AzuriteFixture azurite)
{
    private const string Traject = "combinatie-verzegeld";
    private const string Naam = "Samen Thuis (demo)";
    private static readonly string[] Uea = ["Uea", "Geheimhouding"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task CombinatieAsync(RegioAppFactory app)
    {
        var opgericht = await app.ClientAs("jeugdzorg-tekenbevoegde").PostAsJsonAsync("/api/aanbieders/combinaties", new
        {
            trajectId = Traject, perceel = 1, naam = Naam, leden = new[] { "demo-thuishulp-ijmond" }, verklaringen = Uea,
        }, Ct);
        var json = await opgericht.Content.ReadAsStringAsync(Ct);
        Assert.True(opgericht.StatusCode == HttpStatusCode.Created, json);
        var id = JsonDocument.Parse(json).RootElement.GetProperty("id").GetString();
        var bevestigd = await app.ClientAs("thuishulp-medewerker").PostAsJsonAsync($"/api/aanbieders/combinaties/{id}/bevestiging", new { verklaringen = Uea }, Ct);
        Assert.True(bevestigd.IsSuccessStatusCode, await bevestigd.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task An_aanbieder_outside_the_combinatie_gets_nothing_of_its_submission_before_or_after_the_opening()
    {
        var klok = Testklok.VanafNu();
        await using var app = await new RegioAppFactory(azurite) { Klok = klok }.LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        await GepubliceerdTraject.MaakAsync(inkoper, Traject, "Openbaar", ["Thuisondersteuning"], aankondigen: true, Ct);
        await CombinatieAsync(app);
        var sluiting = klok.GetUtcNow().AddDays(3);
        await Indienen.StelMomentVastAsync(inkoper, Traject, sluiting, ["UEA"], Ct);
        var thuishulp = app.ClientAs("thuishulp-medewerker");
        var upload = await Indienen.UploadAsync(thuishulp, Traject, "UEA", "uea-combinatie.pdf", Testbestanden.Pdf("UEA combinatie"), Ct);
        var ingediend = await Indienen.DienInAsync(thuishulp, Traject, [upload], Ct);
        Assert.True(ingediend.StatusCode == HttpStatusCode.Created, await ingediend.Content.ReadAsStringAsync(Ct));
        var bewijs = ingediend.Headers.Location!.OriginalString;
        var bewijsId = (await Indienen.JsonAsync(ingediend, Ct)).GetProperty("bewijsId").GetString()!;

        var doorPenvoerder = JsonDocument.Parse(await app.ClientAs("jeugdzorg-tekenbevoegde").GetStringAsync(bewijs, Ct)).RootElement;
        Assert.Equal(bewijsId, doorPenvoerder.GetProperty("bewijsId").GetString());
        Assert.Equal(Naam, doorPenvoerder.GetProperty("inschrijver").GetString());
        Assert.Equal(upload.Sha256, doorPenvoerder.GetProperty("bestanden")[0].GetProperty("sha256").GetString());

        var tess = app.ClientAs("duinstreek-medewerker");
        foreach (var url in new[] { bewijs, $"{bewijs}/tekst", $"{bewijs}/pdf" })
        {
            var response = await tess.GetAsync(url, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"Duinstreek kreeg {(int)response.StatusCode} op {url}");
        }
        var overzicht = await tess.GetStringAsync(Indienen.Pad(Traject), Ct);
        var geschiedenis = await tess.GetStringAsync($"{Indienen.Pad(Traject)}/geschiedenis", Ct);
        foreach (var spoor in new[] { bewijsId, upload.Sha256, upload.UploadId, Naam, "uea-combinatie.pdf" })
        {
            Assert.False(overzicht.Contains(spoor, StringComparison.Ordinal), $"Het overzicht van Duinstreek noemt '{spoor}': {overzicht}");
            Assert.False(geschiedenis.Contains(spoor, StringComparison.Ordinal), $"De geschiedenis van Duinstreek noemt '{spoor}': {geschiedenis}");
        }
        var overgenomen = await Indienen.DienInAsync(tess, Traject, [upload], Ct);
        Assert.True(overgenomen.StatusCode == HttpStatusCode.BadRequest, $"Duinstreek kon de upload van de combinatie indienen: {await overgenomen.Content.ReadAsStringAsync(Ct)}");

        klok.SetUtcNow(sluiting.AddMinutes(1));
        var opening = $"{Indienen.Pad(Traject)}/momenten/inschrijving/opening";
        Assert.Equal(HttpStatusCode.OK, (await inkoper.PostAsync(opening, null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientAs("haarlem-inkoper-2").PostAsync($"{opening}/bevestiging", null, Ct)).StatusCode);
        var documenten = $"{Indienen.Pad(Traject)}/momenten/inschrijving/documenten";
        var geopend = await app.ClientAs("haarlem-beoordelaar").GetStringAsync(documenten, Ct);
        Assert.Contains(Naam, geopend, StringComparison.Ordinal);
        // After the opening the documents visibly exist (403 with a reason is allowed); still no name, file or hash may leak.
        foreach (var url in new[] { documenten, $"{documenten}/{upload.UploadId}", bewijs })
        {
            var response = await tess.GetAsync(url, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"Duinstreek kreeg na de opening {(int)response.StatusCode} op {url}: {body}");
            Assert.False(new[] { Naam, upload.Sha256, "uea-combinatie.pdf" }.Any(body.Contains), $"Het antwoord aan Duinstreek op {url} noemt de inschrijving: {body}");
        }
    }
}
