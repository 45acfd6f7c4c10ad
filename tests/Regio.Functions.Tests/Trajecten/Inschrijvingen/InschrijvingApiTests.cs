using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Platform.Demo;
using Regio.Tests;

namespace Regio.Functions.Tests.Trajecten.Inschrijvingen;

/// <summary>Sealed submissions over HTTP, with the app's clock in the test's hand (DESIGN rules 3 and 4).</summary>
public class InschrijvingApiTests(AzuriteFixture azurite)
{
    private static readonly string[] Documenten = ["UEA", "Plan van aanpak"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(RegioAppFactory App, FakeTimeProvider Klok, DateTimeOffset Sluiting)> StartAsync(AzuriteFixture azurite, string traject)
    {
        var klok = Testklok.VanafNu();
        var app = await new RegioAppFactory(azurite) { Klok = klok }.LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        await GepubliceerdTraject.MaakAsync(inkoper, traject, "Openbaar", ["Perceel A"], aankondigen: true, Ct);
        var sluiting = new DateTimeOffset(klok.GetUtcNow().UtcDateTime.Date.AddDays(3).AddHours(11), TimeSpan.Zero);
        await Indienen.StelMomentVastAsync(inkoper, traject, sluiting, Documenten, Ct);
        return (app, klok, sluiting);
    }

    private static async Task<List<Upload>> UploadBeideAsync(HttpClient aanbieder, string traject) =>
    [
        await Indienen.UploadAsync(aanbieder, traject, "UEA", "uea.pdf", Testbestanden.Pdf("UEA"), Ct),
        await Indienen.UploadAsync(aanbieder, traject, "Plan van aanpak", "plan.pdf", Testbestanden.Pdf("Plan"), Ct),
    ];

    [Fact]
    public async Task A_submission_one_millisecond_after_the_deadline_is_refused_and_one_just_before_gets_a_receipt_with_the_files_hash()
    {
        var (app, klok, sluiting) = await StartAsync(azurite, "termijn-ms");
        await using var _ = app;
        var aanbieder = app.ClientAs("jeugdzorg-tekenbevoegde");
        var uploads = await UploadBeideAsync(aanbieder, "termijn-ms");

        klok.SetUtcNow(sluiting.AddMilliseconds(-1));
        var op = await Indienen.DienInAsync(aanbieder, "termijn-ms", uploads, Ct);
        Assert.True(op.StatusCode == HttpStatusCode.Created, await op.Content.ReadAsStringAsync(Ct));
        var bewijs = await Indienen.JsonAsync(op, Ct);
        Assert.Equal(sluiting.AddMilliseconds(-1), bewijs.GetProperty("tijdstip").GetDateTimeOffset());
        var uea = bewijs.GetProperty("bestanden").EnumerateArray().Single(b => b.GetProperty("document").GetString() == "UEA");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Testbestanden.Pdf("UEA"))), uea.GetProperty("sha256").GetString());
        var tekst = await aanbieder.GetStringAsync(bewijs.GetProperty("tekst").GetString(), Ct);
        Assert.Contains(uea.GetProperty("sha256").GetString()!, tekst, StringComparison.Ordinal);
        var pdf = await aanbieder.GetByteArrayAsync(bewijs.GetProperty("pdf").GetString(), Ct);
        Assert.StartsWith("%PDF-1.4", System.Text.Encoding.ASCII.GetString(pdf, 0, 8), StringComparison.Ordinal);

        klok.SetUtcNow(sluiting.AddMilliseconds(1));
        var na = await Indienen.DienInAsync(aanbieder, "termijn-ms", uploads, Ct);
        var probleem = await na.Content.ReadAsStringAsync(Ct);
        Assert.True(na.StatusCode == HttpStatusCode.Conflict, probleem);
        Assert.Contains("TermijnVerstreken", probleem, StringComparison.Ordinal);
        Assert.Contains("De termijn is verstreken", probleem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_the_opening_everyone_gets_404_on_the_documents_one_person_alone_cannot_open_and_after_a_valid_opening_the_beoordelaar_reads_them()
    {
        var (app, klok, sluiting) = await StartAsync(azurite, "verzegeld");
        await using var _ = app;
        var aanbieder = app.ClientAs("jeugdzorg-tekenbevoegde");
        var uploads = await UploadBeideAsync(aanbieder, "verzegeld");
        var ingediend = await Indienen.DienInAsync(aanbieder, "verzegeld", uploads, Ct);
        Assert.True(ingediend.IsSuccessStatusCode, await ingediend.Content.ReadAsStringAsync(Ct));
        var documenten = $"{Indienen.Pad("verzegeld")}/momenten/inschrijving/documenten";
        // Every person with a role, of every organisation; one without a role is stopped earlier by the Lid policy (403, it says nothing).
        var iedereen = DemoOrganisaties.Lees().Gebruikers.Where(g => g.Rollen.Count > 0 && g.Id != "jeugdzorg-tekenbevoegde").Select(g => g.Id).ToList();

        async Task AllenNietGevondenAsync(string wanneer)
        {
            foreach (var wie in iedereen)
            {
                var client = app.ClientAs(wie);
                foreach (var url in new[] { documenten, $"{documenten}/{uploads[0].UploadId}" })
                {
                    var response = await client.GetAsync(url, Ct);
                    Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{wanneer}: {wie} kreeg {(int)response.StatusCode} op {url}");
                }
            }
        }

        await AllenNietGevondenAsync("voor de sluiting");
        var lezer = app.ClientAs("haarlem-lezer");
        var overzicht = await lezer.GetStringAsync(Indienen.Pad("verzegeld"), Ct);
        Assert.Contains("\"aantal\":1", overzicht, StringComparison.Ordinal);
        Assert.DoesNotContain("uea.pdf", overzicht, StringComparison.Ordinal);
        Assert.DoesNotContain("Jeugdzorg", overzicht, StringComparison.Ordinal);
        var inkoper = app.ClientAs("haarlem-inkoper");
        var opening = $"{Indienen.Pad("verzegeld")}/momenten/inschrijving/opening";
        var teVroeg = await inkoper.PostAsync(opening, null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, teVroeg.StatusCode);

        klok.SetUtcNow(sluiting.AddMinutes(1));
        await AllenNietGevondenAsync("na de sluiting, voor de opening");
        Assert.Equal(HttpStatusCode.OK, (await inkoper.PostAsync(opening, null, Ct)).StatusCode);
        var alleen = await inkoper.PostAsync($"{opening}/bevestiging", null, Ct);
        var melding = await alleen.Content.ReadAsStringAsync(Ct);
        Assert.True(alleen.StatusCode == HttpStatusCode.Conflict, melding);
        Assert.Contains("TweedePersoonNodig", melding, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientAs("haarlem-beoordelaar").PostAsync($"{opening}/bevestiging", null, Ct)).StatusCode);
        await AllenNietGevondenAsync("na een opening door één persoon");

        var tweede = await app.ClientAs("haarlem-inkoper-2").PostAsync($"{opening}/bevestiging", null, Ct);
        Assert.True(tweede.StatusCode == HttpStatusCode.OK, await tweede.Content.ReadAsStringAsync(Ct));
        var beoordelaar = app.ClientAs("haarlem-beoordelaar");
        var geopend = await beoordelaar.GetStringAsync(documenten, Ct);
        Assert.Contains("Anna de Vries (demo)", geopend, StringComparison.Ordinal);
        Assert.Contains("Wouter Smits (demo)", geopend, StringComparison.Ordinal);
        Assert.Contains("uea.pdf", geopend, StringComparison.Ordinal);
        var bestand = await beoordelaar.GetAsync($"{documenten}/{uploads[0].UploadId}", Ct);
        Assert.Equal(HttpStatusCode.OK, bestand.StatusCode);
        Assert.Equal(Testbestanden.Pdf("UEA"), await bestand.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, (await lezer.GetAsync(documenten, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientAs("platform-beheerder").GetAsync(documenten, Ct)).StatusCode);
    }

    [Fact]
    public async Task The_four_eyes_opening_on_the_closing_day_puts_the_opening_and_the_termijn_in_the_dossier_with_both_names()
    {
        var (app, klok, sluiting) = await StartAsync(azurite, "open-op-sluitdag");
        await using var _ = app;
        var inkoper = app.ClientAs("haarlem-inkoper");
        var opening = $"{Indienen.Pad("open-op-sluitdag")}/momenten/inschrijving/opening";
        var sluitdag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(sluiting, Regio.Platform.Tijd.NederlandseTijd.Zone).DateTime);

        // Two hours after the deadline, on the closing day itself: a date the dossier form refuses, as it only knows whole days.
        klok.SetUtcNow(sluiting.AddHours(2));
        Assert.Equal(HttpStatusCode.OK, (await inkoper.PostAsync(opening, null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientAs("haarlem-inkoper-2").PostAsync($"{opening}/bevestiging", null, Ct)).StatusCode);

        var traject = System.Text.Json.JsonDocument.Parse(await inkoper.GetStringAsync("/api/trajecten/open-op-sluitdag", Ct)).RootElement;
        var dossier = traject.GetProperty("percelen")[0].GetProperty("dossier");
        var dag = sluitdag.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((dag, dag), (dossier.GetProperty("inschrijvingstermijnSluit").GetString(), dossier.GetProperty("openingGeregistreerd").GetString()));
        var geschiedenis = await inkoper.GetStringAsync("/api/trajecten/open-op-sluitdag/geschiedenis", Ct);
        Assert.Contains("Feit vastgelegd: opening van de inschrijvingen (vier-ogen-opening door Anna de Vries (demo) en Wouter Smits (demo))", geschiedenis, StringComparison.Ordinal);

        // By hand the closing day is still refused: only the platform saw the opening come after the deadline.
        var handmatig = await GepubliceerdTraject.SendAsync(inkoper, HttpMethod.Post, "/api/trajecten/open-op-sluitdag/percelen/1/dossier",
            new { soort = "Opening", datum = dag }, (await inkoper.GetAsync("/api/trajecten/open-op-sluitdag", Ct)).Headers.ETag!.ToString(), Ct);
        Assert.Equal(HttpStatusCode.Conflict, handmatig.StatusCode);
        Assert.Contains("OpeningVoorSluiting", await handmatig.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_named_pdf_that_is_an_executable_and_truncated_uploads_are_refused_at_submit_and_nothing_half_submitted_remains()
    {
        var (app, _, _) = await StartAsync(azurite, "onvolledig");
        await using var __ = app;
        var aanbieder = app.ClientAs("thuishulp-medewerker");
        var exe = new byte[4096];
        "MZ"u8.CopyTo(exe);
        var uea = await Indienen.UploadAsync(aanbieder, "onvolledig", "UEA", "uea.pdf", Testbestanden.Pdf("UEA"), Ct);
        var programma = await Indienen.UploadAsync(aanbieder, "onvolledig", "Plan van aanpak", "plan.pdf", exe, Ct);
        var geweigerd = await Indienen.DienInAsync(aanbieder, "onvolledig", [uea, programma], Ct);
        var melding = await geweigerd.Content.ReadAsStringAsync(Ct);
        Assert.True(geweigerd.StatusCode == HttpStatusCode.BadRequest, melding);
        Assert.Contains("plan.pdf", melding, StringComparison.Ordinal);
        Assert.Contains("geen PDF", melding, StringComparison.Ordinal);

        // Two blocks staged, none committed: what a browser leaves when the connection drops before the end.
        var groot = Testbestanden.Pdf("Plan").Concat(new byte[Indienen.Blok]).ToArray();
        var nietAf = await Indienen.UploadAsync(aanbieder, "onvolledig", "Plan van aanpak", "plan.pdf", groot.LongLength,
            i => groot.AsMemory(i * Indienen.Blok, Math.Min(Indienen.Blok, groot.Length - (i * Indienen.Blok))), Ct, blokkenTeCommitten: 0);
        var half = await Indienen.UploadAsync(aanbieder, "onvolledig", "Plan van aanpak", "plan.pdf", groot.LongLength,
            i => groot.AsMemory(i * Indienen.Blok, Math.Min(Indienen.Blok, groot.Length - (i * Indienen.Blok))), Ct, blokkenTeCommitten: 1);
        foreach (var (onvolledig, verwacht) in new[] { (nietAf, "niet (volledig) ontvangen"), (half, "onvolledig of onjuist") })
        {
            var response = await Indienen.DienInAsync(aanbieder, "onvolledig", [uea, onvolledig], Ct);
            var tekst = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, tekst);
            Assert.Contains(verwacht, tekst, StringComparison.Ordinal);
        }

        var eigen = await Indienen.JsonAsync(await aanbieder.GetAsync(Indienen.Pad("onvolledig"), Ct), Ct);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, eigen.GetProperty("momenten")[0].GetProperty("eigen").ValueKind);
        Assert.Contains("\"aantal\":0", await app.ClientAs("haarlem-inkoper").GetStringAsync(Indienen.Pad("onvolledig"), Ct), StringComparison.Ordinal);
        // The refused files are gone from storage: submitting them again cannot find them.
        var opnieuw = await Indienen.DienInAsync(aanbieder, "onvolledig", [uea, programma with { }], Ct);
        Assert.Contains("niet (volledig) ontvangen", await opnieuw.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
