using System.Net;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Regio.Functions.Tests.Trajecten;
using Regio.Functions.Tests.Trajecten.Inschrijvingen;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Platform.Storage;

namespace Regio.Functions.Tests.Spine;

/// <summary>
/// Storage stops in the middle of a write (issue 17): the answer is 503 with Retry-After, never 500; nothing is half
/// written; after storage comes back every audit chain verifies and the same request, sent again, succeeds.
/// </summary>
public class StorageStoppedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Storage_stopping_as_a_submission_is_written_answers_503_leaves_no_receipt_and_after_restart_the_same_submission_gets_its_receipt_with_its_file()
    {
        await using var opslag = await StilgezetteOpslag.StartAsync();
        await using var app = await new RegioAppFactory(opslag.ConnectionString) { Klok = Testklok.VanafNu() }.LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        await GepubliceerdTraject.MaakAsync(inkoper, "stilgezet", "Openbaar", ["Perceel A (demo)"], aankondigen: true, Ct);
        await Indienen.StelMomentVastAsync(inkoper, "stilgezet", app.Klok!.GetUtcNow().AddDays(3), ["UEA"], Ct);
        var aanbieder = app.ClientAs("jeugdzorg-tekenbevoegde");
        var upload = await Indienen.UploadAsync(aanbieder, "stilgezet", "UEA", "uea.pdf", Testbestanden.Pdf("UEA (demo)"), Ct);

        opslag.StopBijVolgendeTransactie();
        var tijdensStoring = await Indienen.DienInAsync(aanbieder, "stilgezet", [upload], Ct);
        Assert.Equal(1, opslag.Gestopt);
        Assert.True(tijdensStoring.StatusCode == HttpStatusCode.ServiceUnavailable && tijdensStoring.Headers.RetryAfter is not null,
            $"Tijdens de storing: {(int)tijdensStoring.StatusCode} {await tijdensStoring.Content.ReadAsStringAsync(Ct)}");

        await opslag.StartOpnieuwAsync();
        Assert.Equal(JsonValueKind.Null, (await EigenAsync(aanbieder)).ValueKind);
        await AlleKetensHeelAsync(app);
        var opnieuw = await Indienen.DienInAsync(aanbieder, "stilgezet", [upload], Ct);
        Assert.True(opnieuw.StatusCode == HttpStatusCode.Created, await opnieuw.Content.ReadAsStringAsync(Ct));
        var bestand = (await Indienen.JsonAsync(opnieuw, Ct)).GetProperty("bestanden")[0];
        var blobs = app.Services.GetRequiredService<StorageClients>().Container(Names.InschrijvingenContainer);
        var opgeslagen = await blobs.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, Ct).Where(b => b.Name.EndsWith(upload.UploadId, StringComparison.Ordinal)).ToListAsync(Ct);
        Assert.True(opgeslagen is [{ Properties.ContentLength: var lengte }] && lengte == upload.Grootte && bestand.GetProperty("sha256").GetString() == upload.Sha256,
            $"Het bewijs noemt {bestand}, in opslag: {string.Join(", ", opgeslagen.Select(b => $"{b.Name} ({b.Properties.ContentLength} bytes)"))}");
        await AlleKetensHeelAsync(app);
    }

    [Fact]
    public async Task Storage_stopping_as_a_phase_change_is_written_answers_503_leaves_the_traject_as_it_was_and_after_restart_the_same_change_succeeds()
    {
        await using var opslag = await StilgezetteOpslag.StartAsync();
        await using var app = await new RegioAppFactory(opslag.ConnectionString) { Klok = Testklok.VanafNu() }.LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var etag = await GepubliceerdTraject.MaakAsync(inkoper, "stilgezet-fase", "Openbaar", ["Perceel A (demo)", "Perceel B (demo)"], aankondigen: false, Ct);
        var voor = await inkoper.GetStringAsync("/api/trajecten/stilgezet-fase", Ct);

        opslag.StopBijVolgendeTransactie();
        var tijdensStoring = await GepubliceerdTraject.SendAsync(inkoper, HttpMethod.Post, "/api/trajecten/stilgezet-fase/percelen/2/fase", new { naar = "Aangekondigd" }, etag, Ct);
        Assert.Equal(1, opslag.Gestopt);
        Assert.True(tijdensStoring.StatusCode == HttpStatusCode.ServiceUnavailable && tijdensStoring.Headers.RetryAfter is not null,
            $"Tijdens de storing: {(int)tijdensStoring.StatusCode} {await tijdensStoring.Content.ReadAsStringAsync(Ct)}");

        await opslag.StartOpnieuwAsync();
        Assert.Equal(voor, await inkoper.GetStringAsync("/api/trajecten/stilgezet-fase", Ct));
        await AlleKetensHeelAsync(app);
        var opnieuw = await GepubliceerdTraject.SendAsync(inkoper, HttpMethod.Post, "/api/trajecten/stilgezet-fase/percelen/2/fase", new { naar = "Aangekondigd" }, etag, Ct);
        Assert.True(opnieuw.StatusCode == HttpStatusCode.OK, await opnieuw.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Aangekondigd", JsonDocument.Parse(await opnieuw.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("percelen")[1].GetProperty("fase").GetString());
        await AlleKetensHeelAsync(app);
    }

    private static async Task<JsonElement> EigenAsync(HttpClient aanbieder) =>
        JsonDocument.Parse(await aanbieder.GetStringAsync(Indienen.Pad("stilgezet"), Ct)).RootElement.GetProperty("momenten")[0].GetProperty("eigen");

    private static async Task AlleKetensHeelAsync(RegioAppFactory app)
    {
        var (ketens, breuken) = await Ketens.ControleerAsync(app.Services.GetRequiredService<StorageClients>(), Ct);
        Assert.True(ketens > 0 && breuken.Count == 0, $"{breuken.Count} van {ketens} auditketens verbroken: {string.Join(Environment.NewLine, breuken.Take(5))}");
    }
}
