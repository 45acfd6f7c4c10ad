using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;
using Regio.Functions.Tests.Trajecten.Beoordelingen;
using Regio.Functions.Tests.Trajecten.Inschrijvingen;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Platform.Tijd;
using Regio.Tests;

namespace Regio.Functions.Tests.Trajecten.Gunningen;

/// <summary>
/// Perceel 1 of a local Haarlem traject (openbaar, 9 years, evaluations after year 3 and 6, taakgericht), taken through
/// the phases as an inkoper would: announced, inschrijving, three offers (Jeugdzorg Kennemerland, Thuishulp IJmond,
/// Welzijn Duinstreek), the deadline passed, opened by two inkopers, the opening and the proces-verbaal of the inschrijving
/// recorded (the opening by the platform itself), phase Beoordeling, the commissie named and every offer declared valid. With <c>scores</c> the commissie has
/// scored and the consensus is recorded (K1 and K2 per inschrijver). The clock is the test's.
/// </summary>
internal sealed class Gunningsperceel : IAsyncDisposable
{
    public const string Jeugdzorg = GeopendPerceel.Jeugdzorg;
    public const string Thuishulp = GeopendPerceel.Thuishulp;
    public const string Duinstreek = "aanbieder|demo-welzijn-duinstreek";

    /// <summary>Who submits, as which demo user.</summary>
    public static readonly (string Inschrijver, string Gebruiker)[] Aanbieders =
        [(Jeugdzorg, "jeugdzorg-tekenbevoegde"), (Thuishulp, "thuishulp-medewerker"), (Duinstreek, "duinstreek-medewerker")];

    private Gunningsperceel(RegioAppFactory app, FakeTimeProvider klok, string traject)
    {
        (App, Klok, Traject) = (app, klok, traject);
        Start = new DateOnly(klok.Vandaag().Year + 2, 1, 1);
    }

    public RegioAppFactory App { get; }

    public FakeTimeProvider Klok { get; }

    public string Traject { get; }

    public string Pad => $"/api/trajecten/{Traject}/percelen/1";

    public HttpClient Inkoper => App.ClientAs("haarlem-inkoper");

    public DateOnly Vandaag => Klok.Vandaag();

    /// <summary>
    /// The contracts' start: 1 January two years on from the day the perceel was made, so it stays after every day a test
    /// moves the clock to, whatever the day the tests run.
    /// </summary>
    public DateOnly Start { get; }

    /// <summary>Where a test moves the start to: three months later, as the seeds' 1-1-2022 moved to 1-4-2022.</summary>
    public DateOnly LatereStart => Start.AddMonths(3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <param name="scores">Consensus (K1, K2) per inschrijver; null leaves the scoring to the test.</param>
    /// <param name="aantal">How many of <see cref="Aanbieders"/> submit, in that order.</param>
    public static async Task<Gunningsperceel> MaakAsync(AzuriteFixture azurite, string traject, IReadOnlyDictionary<string, (int K1, int K2)>? scores, bool browser = false, int aantal = 3)
    {
        var klok = Testklok.VanafNu();
        var app = new RegioAppFactory(azurite) { Klok = klok };
        if (browser)
        {
            app.UseKestrel(0);
            app.StartServer();
        }
        await app.LoadDemoDataAsync();
        var p = new Gunningsperceel(app, klok, traject);
        var inkoper = p.Inkoper;
        var aangemaakt = await inkoper.PostAsJsonAsync("/api/trajecten", new
        {
            id = traject, naam = $"Huishoudelijke ondersteuning {traject} (demo)", eigenaar = "gemeente:haarlem", procedure = "Openbaar",
            contract = new { looptijdJaren = 9, evaluatiemomenten = new[] { 3, 6 }, bekostiging = "Taakgericht" }, percelen = new[] { "Thuisondersteuning" },
        }, Ct);
        await Verwacht(aangemaakt, "traject aanmaken");
        var etag = aangemaakt.Headers.ETag!.ToString();
        var sluiting = klok.GetUtcNow().AddDays(3);
        etag = await p.FeitAsync(etag, new { soort = "Aankondiging", datum = p.Vandaag });
        etag = await p.FaseAsync(etag, "Aangekondigd");
        etag = await p.FeitAsync(etag, new { soort = "Inschrijvingstermijn", datum = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(sluiting, NederlandseTijd.Zone).DateTime) });
        etag = await p.FaseAsync(etag, "Inschrijving");
        await Indienen.StelMomentVastAsync(inkoper, traject, sluiting, ["Plan van aanpak"], Ct);
        await Verwacht(await inkoper.PutAsJsonAsync($"{p.Pad}/criteria", GeopendPerceel.Criteria, Ct), "criteria");
        foreach (var (_, gebruiker) in Aanbieders.Take(aantal))
        {
            var client = app.ClientAs(gebruiker);
            var upload = await Indienen.UploadAsync(client, traject, "Plan van aanpak", "plan.pdf", Testbestanden.Pdf($"Plan van {gebruiker}"), Ct);
            await Verwacht(await Indienen.DienInAsync(client, traject, [upload], Ct), $"indienen door {gebruiker}");
        }
        // The day after the closing day: the dossier counts whole days, and the closing day itself is still open.
        klok.SetUtcNow(sluiting.AddDays(1));
        var opening = $"{Indienen.Pad(traject)}/momenten/inschrijving/opening";
        await Verwacht(await inkoper.PostAsync(opening, null, Ct), "opening starten");
        await Verwacht(await app.ClientAs("haarlem-inkoper-2").PostAsync($"{opening}/bevestiging", null, Ct), "opening bevestigen");
        // The four-eyes opening put itself in the dossier; the traject row changed, so read its ETag again.
        etag = (await inkoper.GetAsync($"/api/trajecten/{traject}", Ct)).Headers.ETag!.ToString();
        etag = await p.FeitAsync(etag, new { soort = "ProcesVerbaal", datum = p.Vandaag, fase = "Inschrijving" });
        await p.FaseAsync(etag, "Beoordeling");
        await Verwacht(await inkoper.PutAsJsonAsync($"{p.Pad}/beoordeling/commissie",
            new { beoordelaars = GeopendPerceel.Beoordelaars.Select(GeopendPerceel.Sleutel) }, Ct), "commissie");
        foreach (var (inschrijver, _) in Aanbieders.Take(aantal))
            await Verwacht(await inkoper.PutAsJsonAsync($"{p.Pad}/beoordeling/geldigheid/{Uri.EscapeDataString(inschrijver)}", new { geldig = true }, Ct), $"geldigheid {inschrijver}");
        if (scores is not null)
            await p.ScoorAsync(scores);
        return p;
    }

    /// <summary>Both beoordelaars score every inschrijver as given; the inkoper records the same as consensus.</summary>
    public async Task ScoorAsync(IReadOnlyDictionary<string, (int K1, int K2)> scores)
    {
        foreach (var wie in GeopendPerceel.Beoordelaars)
        {
            foreach (var (inschrijver, (k1, k2)) in scores)
                await Verwacht(await App.ClientAs(wie).PutAsJsonAsync($"{Pad}/beoordeling/scores/{Uri.EscapeDataString(inschrijver)}", Motivatie(inschrijver, k1, k2), Ct), $"scores van {wie}");
        }
        foreach (var (inschrijver, (k1, k2)) in scores)
            await Verwacht(await Inkoper.PutAsJsonAsync($"{Pad}/beoordeling/consensus/{Uri.EscapeDataString(inschrijver)}", Motivatie(inschrijver, k1, k2), Ct), $"consensus {inschrijver}");
    }

    /// <summary>A motivation that names the inschrijver and the score, so a letter can be checked for exactly it.</summary>
    public static object Motivatie(string inschrijver, int k1, int k2) => new
    {
        scores = new[]
        {
            new { punt = "K1", waarde = k1, motivering = $"Plan van {Kort(inschrijver)}: {k1} (demo)" },
            new { punt = "K2", waarde = k2, motivering = $"Samenwerking van {Kort(inschrijver)}: {k2} (demo)" },
        },
    };

    public static string Kort(string inschrijver) => inschrijver[(inschrijver.IndexOf('|', StringComparison.Ordinal) + 1)..];

    /// <summary>Drafts the decision for <paramref name="winnaars"/> and sends it; returns the response of the sending.</summary>
    public async Task<HttpResponseMessage> GunAsync(params string[] winnaars)
    {
        var concept = await Inkoper.PostAsJsonAsync($"{Pad}/gunning", new { winnaars }, Ct);
        await Verwacht(concept, "concept");
        return await GepubliceerdTraject.SendAsync(Inkoper, HttpMethod.Post, $"{Pad}/gunning/verzenden", new { }, concept.Headers.ETag!.ToString(), Ct);
    }

    public async Task<JsonElement> GunningAsync(HttpClient client) => JsonDocument.Parse(await client.GetStringAsync($"{Pad}/gunning", Ct)).RootElement;

    /// <summary>The text of a DOCX: every paragraph, and table cells joined with " | " per row.</summary>
    public static string Tekst(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        return string.Join("\n", body.ChildElements.Select(e => e switch
        {
            DocumentFormat.OpenXml.Wordprocessing.Table t => string.Join("\n", t.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
                .Select(r => string.Join(" | ", r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText)))),
            _ => e.InnerText,
        }));
    }

    private async Task<string> FeitAsync(string etag, object feit) => await GepubliceerdTraject.PostAsync(Inkoper, $"{Pad}/dossier", feit, etag, Ct);

    private async Task<string> FaseAsync(string etag, string naar) => await GepubliceerdTraject.PostAsync(Inkoper, $"{Pad}/fase", new { naar }, etag, Ct);

    public static async Task Verwacht(HttpResponseMessage response, string stap) =>
        Assert.True(response.IsSuccessStatusCode, $"{stap}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");

    public static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
