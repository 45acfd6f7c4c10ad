using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;
using Regio.Functions.Tests.Trajecten.Inschrijvingen;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Platform.Demo;
using Regio.Tests;

namespace Regio.Functions.Tests.Trajecten.Beoordelingen;

/// <summary>
/// Perceel 1 of a local Haarlem traject brought to "opened with two valid inschrijvingen", for every test of the
/// beoordeling and the gunning: two award criteria (K1 Plan van aanpak 60%, K2 Samenwerking 40%, scale 0–10 in steps
/// of 2) set before the deadline; Jeugdzorg Kennemerland and Thuishulp IJmond submitted; the clock past the deadline;
/// opened by two inkopers; the commissie Charlotte Bakker and Vera Hoekstra; both inschrijvingen declared valid.
/// Each step can be left out. Dispose it to stop the app.
/// </summary>
internal sealed class GeopendPerceel : IAsyncDisposable
{
    public const string Jeugdzorg = "aanbieder|demo-jeugdzorg-kennemerland";
    public const string Thuishulp = "aanbieder|demo-thuishulp-ijmond";
    public const int Perceel = 1;

    /// <summary>The demo users on the commissie.</summary>
    public static readonly string[] Beoordelaars = ["haarlem-beoordelaar", "haarlem-beoordelaar-2"];

    private GeopendPerceel(RegioAppFactory app, FakeTimeProvider klok, string traject) => (App, Klok, Traject) = (app, klok, traject);

    public RegioAppFactory App { get; }

    public FakeTimeProvider Klok { get; }

    public string Traject { get; }

    private DateTimeOffset _sluiting;

    /// <summary>/api/trajecten/{traject}/percelen/1</summary>
    public string Pad => $"/api/trajecten/{Traject}/percelen/{Perceel}";

    public static object Criteria => new
    {
        criteria = new object[]
        {
            new { code = "K1", naam = "Plan van aanpak", soort = "Kwaliteit", weging = 60 },
            new { code = "K2", naam = "Samenwerking", soort = "Kwaliteit", weging = 40 },
        },
        schaal = new[] { 0, 2, 4, 6, 8, 10 },
    };

    /// <summary>Scores for K1 and K2, each with a motivation.</summary>
    public static object Scores(int k1, int k2, string motivering = "Onderbouwd in het plan (demo).") => new
    {
        scores = new[] { new { punt = "K1", waarde = k1, motivering }, new { punt = "K2", waarde = k2, motivering } },
    };

    /// <summary>The person key (<c>Actor.AuditNaam</c>) of a demo user: what the commissie and the scores route use.</summary>
    public static string Sleutel(string demoGebruiker)
    {
        var gebruiker = DemoOrganisaties.Lees().Gebruikers.Single(g => g.Id == demoGebruiker);
        return $"{gebruiker.Organisatie}:{RegioAppFactory.TenantOf(gebruiker)}:{gebruiker.ObjectId}";
    }

    /// <param name="browser">Serve on a real port, for Playwright (then use <c>App.ClientOptions.BaseAddress</c>).</param>
    /// <param name="geopend">False: stop once both have submitted, before the deadline; <see cref="OpenAsync"/> opens later.</param>
    public static async Task<GeopendPerceel> MaakAsync(AzuriteFixture azurite, string traject, bool criteria = true, bool commissie = true, bool geldig = true,
        bool browser = false, bool geopend = true)
    {
        var ct = TestContext.Current.CancellationToken;
        var klok = Testklok.VanafNu();
        var app = new RegioAppFactory(azurite) { Klok = klok };
        if (browser)
        {
            app.UseKestrel(0);
            app.StartServer();
        }
        await app.LoadDemoDataAsync();
        var perceel = new GeopendPerceel(app, klok, traject);
        var inkoper = app.ClientAs("haarlem-inkoper");
        await GepubliceerdTraject.MaakAsync(inkoper, traject, "Openbaar", ["Perceel A"], aankondigen: true, ct);
        var sluiting = klok.GetUtcNow().AddDays(3);
        await Indienen.StelMomentVastAsync(inkoper, traject, sluiting, ["Plan van aanpak"], ct);
        if (criteria)
            await Verwacht(await inkoper.PutAsJsonAsync($"{perceel.Pad}/criteria", Criteria, ct), "criteria");
        foreach (var aanbieder in new[] { "jeugdzorg-tekenbevoegde", "thuishulp-medewerker" })
        {
            var client = app.ClientAs(aanbieder);
            var upload = await Indienen.UploadAsync(client, traject, "Plan van aanpak", "plan.pdf", Testbestanden.Pdf($"Plan van {aanbieder}"), ct);
            await Verwacht(await Indienen.DienInAsync(client, traject, [upload], ct), $"indienen door {aanbieder}");
        }
        perceel._sluiting = sluiting;
        if (!geopend)
            return perceel;
        await perceel.OpenAsync();
        if (commissie)
            await Verwacht(await inkoper.PutAsJsonAsync($"{perceel.Pad}/beoordeling/commissie", new { beoordelaars = Beoordelaars.Select(Sleutel) }, ct), "commissie");
        if (geldig)
        {
            foreach (var inschrijver in new[] { Jeugdzorg, Thuishulp })
                await Verwacht(await inkoper.PutAsJsonAsync(perceel.GeldigheidPad(inschrijver), new { geldig = true }, ct), $"geldigheid van {inschrijver}");
        }
        return perceel;
    }

    /// <summary>Moves the clock past the deadline and opens with two inkopers.</summary>
    public async Task OpenAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        Klok.SetUtcNow(_sluiting.AddMinutes(1));
        var opening = $"{Indienen.Pad(Traject)}/momenten/inschrijving/opening";
        await Verwacht(await App.ClientAs("haarlem-inkoper").PostAsync(opening, null, ct), "opening starten");
        await Verwacht(await App.ClientAs("haarlem-inkoper-2").PostAsync($"{opening}/bevestiging", null, ct), "opening bevestigen");
    }

    public string GeldigheidPad(string inschrijver) => $"{Pad}/beoordeling/geldigheid/{Uri.EscapeDataString(inschrijver)}";

    public string ScoresPad(string inschrijver) => $"{Pad}/beoordeling/scores/{Uri.EscapeDataString(inschrijver)}";

    public string ConsensusPad(string inschrijver) => $"{Pad}/beoordeling/consensus/{Uri.EscapeDataString(inschrijver)}";

    /// <summary>A demo user submits their own scores for one inschrijving.</summary>
    public Task<HttpResponseMessage> ScoorAsync(string wie, string inschrijver, int k1, int k2) =>
        App.ClientAs(wie).PutAsJsonAsync(ScoresPad(inschrijver), Scores(k1, k2), TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => App.DisposeAsync();

    private static async Task Verwacht(HttpResponseMessage response, string stap) =>
        Assert.True(response.IsSuccessStatusCode, $"{stap}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
}
