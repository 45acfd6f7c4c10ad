using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using Regio.Functions.Tests.Trajecten.Inschrijvingen;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Tests;
using static Regio.Functions.Tests.Trajecten.Beoordelingen.GeopendPerceel;

namespace Regio.Functions.Tests.Trajecten.Beoordelingen;

/// <summary>A regional traject's commissie is drawn from the participating gemeenten; its members read the opened documents.</summary>
public class RegionaleCommissieApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_gemeente_inkoper_on_the_commissie_of_a_regional_traject_reads_the_opened_documents_and_one_not_on_it_does_not()
    {
        var klok = Testklok.VanafNu();
        await using var app = await new RegioAppFactory(azurite) { Klok = klok }.LoadDemoDataAsync();
        var coordinator = app.ClientAs("regio-coordinator");
        var aangemaakt = await coordinator.PostAsJsonAsync("/api/trajecten", new
        {
            id = "regionale-commissie", naam = "Regionale jeugdhulp (demo)", eigenaar = "regio:zk-ijmond", deelnemers = new[] { "haarlem", "velsen" },
            procedure = "Openbaar", percelen = new[] { "Perceel A" },
        }, Ct);
        Assert.True(aangemaakt.IsSuccessStatusCode, await aangemaakt.Content.ReadAsStringAsync(Ct));
        var vandaag = DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await GepubliceerdTraject.PostAsync(coordinator, "/api/trajecten/regionale-commissie/percelen/1/dossier", new { soort = "Aankondiging", datum = vandaag },
            aangemaakt.Headers.ETag!.ToString(), Ct);
        var sluiting = klok.GetUtcNow().AddDays(2);
        await Indienen.StelMomentVastAsync(coordinator, "regionale-commissie", sluiting, ["Plan van aanpak"], Ct);
        var aanbieder = app.ClientAs("jeugdzorg-tekenbevoegde");
        var upload = await Indienen.UploadAsync(aanbieder, "regionale-commissie", "Plan van aanpak", "plan.pdf", Testbestanden.Pdf("Regionaal plan"), Ct);
        Assert.True((await Indienen.DienInAsync(aanbieder, "regionale-commissie", [upload], Ct)).IsSuccessStatusCode);
        klok.SetUtcNow(sluiting.AddMinutes(1));
        var opening = $"{Indienen.Pad("regionale-commissie")}/momenten/inschrijving/opening";
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync(opening, null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientAs("regio-coordinator-2").PostAsync($"{opening}/bevestiging", null, Ct)).StatusCode);

        var documenten = $"{Indienen.Pad("regionale-commissie")}/momenten/inschrijving/documenten";
        var velsen = app.ClientAs("velsen-inkoper");
        Assert.Equal(HttpStatusCode.Forbidden, (await velsen.GetAsync(documenten, Ct)).StatusCode);
        var commissie = await coordinator.PutAsJsonAsync("/api/trajecten/regionale-commissie/percelen/1/beoordeling/commissie",
            new { beoordelaars = new[] { Sleutel("velsen-inkoper") } }, Ct);
        Assert.True(commissie.IsSuccessStatusCode, await commissie.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Jasmijn Hendriks (demo) (", await commissie.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var gelezen = await velsen.GetAsync(documenten, Ct);
        Assert.True(gelezen.StatusCode == HttpStatusCode.OK, await gelezen.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, (await velsen.GetAsync($"{documenten}/{upload.UploadId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientAs("haarlem-beoordelaar").GetAsync(documenten, Ct)).StatusCode);
        // Zandvoort does not take part, and a budgethouder does not evaluate.
        var vreemd = await GepubliceerdTraject.SendAsync(coordinator, HttpMethod.Put, "/api/trajecten/regionale-commissie/percelen/1/beoordeling/commissie",
            new { beoordelaars = new[] { Sleutel("zandvoort-budgethouder") } }, commissie.Headers.ETag!.ToString(), Ct);
        var melding = await vreemd.Content.ReadAsStringAsync(Ct);
        Assert.True(vreemd.StatusCode == HttpStatusCode.BadRequest, melding);
        Assert.Contains("geen beoordelaar of inkoper van een deelnemende gemeente", melding, StringComparison.Ordinal);
    }
}
