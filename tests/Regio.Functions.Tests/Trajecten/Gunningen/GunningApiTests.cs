using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Tests;
using static Regio.Functions.Tests.Trajecten.Gunningen.Gunningsperceel;

namespace Regio.Functions.Tests.Trajecten.Gunningen;

/// <summary>The gunningsbeslissing over HTTP: letters, standstill, bezwaren and the definitive award, with the app's clock in hand.</summary>
public class GunningApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, (int, int)> Scores = new() { [Jeugdzorg] = (10, 8), [Thuishulp] = (8, 8), [Duinstreek] = (4, 6) };

    [Fact]
    public async Task Definitive_award_is_refused_during_the_standstill_and_an_open_kort_geding_and_then_creates_a_contract_per_winner()
    {
        await using var p = await MaakAsync(azurite, "gunning-poorten", Scores);
        var verzonden = await p.GunAsync(Jeugdzorg, Thuishulp);
        await Verwacht(verzonden, "verzenden");
        var einde = Standstill.EindigtOp(p.Vandaag);
        Assert.Equal("VoorlopigeGunning", JsonDocument.Parse(await p.Inkoper.GetStringAsync($"/api/trajecten/{p.Traject}", Ct)).RootElement
            .GetProperty("percelen")[0].GetProperty("fase").GetString());

        var kortGeding = await p.App.ClientAs("duinstreek-medewerker").PostAsJsonAsync($"{p.Pad}/bezwaren",
            new { soort = "KortGeding", toelichting = "Wij dagvaarden de gemeente (demo)." }, Ct);
        Assert.Equal(HttpStatusCode.Created, kortGeding.StatusCode);

        var teVroeg = await p.Inkoper.PostAsJsonAsync($"{p.Pad}/gunning/definitief", new { startdatum = Datum(p.Start) }, Ct);
        var standstill = await teVroeg.Content.ReadAsStringAsync(Ct);
        Assert.True(teVroeg.StatusCode == HttpStatusCode.Conflict, standstill);
        Assert.Contains("\"code\":\"StandstillLoopt\"", standstill, StringComparison.Ordinal);
        Assert.Contains($"loopt tot en met {Dagtekst.Kort(einde)}", standstill, StringComparison.Ordinal);

        p.Klok.SetUtcNow(p.Klok.GetUtcNow().AddDays(einde.DayNumber - p.Vandaag.DayNumber + 1));
        var bezwaar = await p.Inkoper.PostAsJsonAsync($"{p.Pad}/gunning/definitief", new { startdatum = Datum(p.Start) }, Ct);
        var loopt = await bezwaar.Content.ReadAsStringAsync(Ct);
        Assert.True(bezwaar.StatusCode == HttpStatusCode.Conflict, loopt);
        Assert.Contains("\"code\":\"BezwaarLoopt\"", loopt, StringComparison.Ordinal);
        Assert.Empty(JsonDocument.Parse(await p.Inkoper.GetStringAsync("/api/contracten", Ct)).RootElement.EnumerateArray());

        var uitspraak = await p.Inkoper.PutAsJsonAsync($"{p.Pad}/bezwaren/1", new
        {
            dagvaarding = Datum(p.Vandaag.AddDays(-3)), zitting = Datum(p.Vandaag), uitspraakDatum = Datum(p.Vandaag), uitkomst = "Alle vorderingen afgewezen (demo).",
        }, Ct);
        Assert.True(uitspraak.IsSuccessStatusCode, await uitspraak.Content.ReadAsStringAsync(Ct));
        var definitief = await p.Inkoper.PostAsJsonAsync($"{p.Pad}/gunning/definitief", new { startdatum = Datum(p.Start), bedragPerJaar = 1_250_000 }, Ct);
        Assert.True(definitief.StatusCode == HttpStatusCode.OK, await definitief.Content.ReadAsStringAsync(Ct));

        var contracten = JsonDocument.Parse(await p.Inkoper.GetStringAsync("/api/contracten", Ct)).RootElement.EnumerateArray().ToList();
        Assert.Equal([Jeugdzorg, Thuishulp], contracten.Select(c => c.GetProperty("opdrachtnemer").GetProperty("inschrijver").GetString()).Order());
        Assert.All(contracten, c => Assert.Equal(Datum(p.Start), c.GetProperty("startdatum").GetString()));
        Assert.All(contracten, c => Assert.Equal([Datum(p.Start.AddYears(3)), Datum(p.Start.AddYears(6))], c.GetProperty("evaluaties").EnumerateArray().Select(e => e.GetProperty("datum").GetString())));
        Assert.All(contracten, c => Assert.Equal(1_250_000, c.GetProperty("bedragPerJaar").GetInt64()));
        Assert.Equal("DefinitieveGunning", JsonDocument.Parse(await p.Inkoper.GetStringAsync($"/api/trajecten/{p.Traject}", Ct)).RootElement
            .GetProperty("percelen")[0].GetProperty("fase").GetString());
        // Each contracted aanbieder sees its own contract only; the one that lost sees none.
        Assert.Single(JsonDocument.Parse(await p.App.ClientAs("jeugdzorg-tekenbevoegde").GetStringAsync("/api/contracten", Ct)).RootElement.EnumerateArray());
        Assert.Empty(JsonDocument.Parse(await p.App.ClientAs("duinstreek-medewerker").GetStringAsync("/api/contracten", Ct)).RootElement.EnumerateArray());
        // Every step went into the traject's own audit chain, which is still whole.
        var geschiedenis = JsonDocument.Parse(await p.Inkoper.GetStringAsync($"/api/trajecten/{p.Traject}/geschiedenis", Ct)).RootElement;
        Assert.True(geschiedenis.GetProperty("keten").GetProperty("heel").GetBoolean());
        var acties = geschiedenis.GetProperty("gebeurtenissen").EnumerateArray().Select(g => g.GetProperty("actie").GetString()).ToList();
        Assert.Contains("Gunningsbeslissing verzonden voor perceel 1", acties);
        Assert.Contains("Kort geding ingediend voor perceel 1", acties);
        Assert.Contains("Perceel 1 definitief gegund; 2 contract(en) aangemaakt", acties);
    }

    [Fact]
    public async Task The_letter_holds_the_recipients_and_the_winners_scores_per_criterion_its_rank_and_the_standstill_end_date()
    {
        await using var p = await MaakAsync(azurite, "gunning-brief", Scores);
        await Verwacht(await p.GunAsync(Jeugdzorg), "verzenden");
        var einde = Standstill.EindigtOp(p.Vandaag);
        var brief = await p.App.ClientAs("duinstreek-medewerker").GetAsync($"{p.Pad}/gunning/brieven/{Uri.EscapeDataString(Duinstreek)}", Ct);
        Assert.Equal(HttpStatusCode.OK, brief.StatusCode);
        var tekst = Tekst(await brief.Content.ReadAsByteArrayAsync(Ct));

        Assert.Contains("te gunnen aan Jeugdzorg Kennemerland B.V. (demo). Het perceel wordt niet aan u gegund.", tekst, StringComparison.Ordinal);
        Assert.Contains("plaats 3 van 3", tekst, StringComparison.Ordinal);
        Assert.Contains("Plan van aanpak | 60% | 4 van 10 | 24,00 | Plan van demo-welzijn-duinstreek: 4 (demo)", tekst, StringComparison.Ordinal);
        Assert.Contains("Samenwerking | 40% | 6 van 10 | 24,00 | Samenwerking van demo-welzijn-duinstreek: 6 (demo)", tekst, StringComparison.Ordinal);
        Assert.Contains("Plan van aanpak | 60% | 10 van 10 | 60,00 | Plan van demo-jeugdzorg-kennemerland: 10 (demo)", tekst, StringComparison.Ordinal);
        Assert.Contains("Samenwerking | 40% | 8 van 10 | 32,00 | Samenwerking van demo-jeugdzorg-kennemerland: 8 (demo)", tekst, StringComparison.Ordinal);
        Assert.Contains($"De opschortende termijn eindigt op {Dagtekst.Lang(einde)}.", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Thuishulp", tekst, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await brief.Content.ReadAsByteArrayAsync(Ct))),
            brief.Headers.GetValues("X-Regio-Sha256").Single());
    }

    [Fact]
    public async Task An_aanbieder_reads_nothing_before_sending_and_after_it_only_its_own_letter()
    {
        await using var p = await MaakAsync(azurite, "gunning-eigen", Scores);
        var thuishulp = p.App.ClientAs("thuishulp-medewerker");
        string Brief(string inschrijver) => $"{p.Pad}/gunning/brieven/{Uri.EscapeDataString(inschrijver)}";
        var concept = await p.Inkoper.PostAsJsonAsync($"{p.Pad}/gunning", new { winnaars = new[] { Jeugdzorg } }, Ct);
        await Verwacht(concept, "concept");

        Assert.Equal(HttpStatusCode.NotFound, (await thuishulp.GetAsync($"{p.Pad}/gunning", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await thuishulp.GetAsync(Brief(Thuishulp), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await thuishulp.GetAsync($"{p.Pad}/gunning/concept", Ct)).StatusCode);
        await Verwacht(await GepubliceerdTraject.SendAsync(p.Inkoper, HttpMethod.Post, $"{p.Pad}/gunning/verzenden", new { }, concept.Headers.ETag!.ToString(), Ct), "verzenden");

        Assert.Equal(HttpStatusCode.OK, (await thuishulp.GetAsync(Brief(Thuishulp), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await thuishulp.GetAsync(Brief(Jeugdzorg), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await thuishulp.GetAsync(Brief(Duinstreek), Ct)).StatusCode);
        var gunning = await p.GunningAsync(thuishulp);
        Assert.Equal([Thuishulp], gunning.GetProperty("brieven").EnumerateArray().Select(b => b.GetProperty("inschrijver").GetString()));
        Assert.Equal(JsonValueKind.Null, gunning.GetProperty("rangschikking").ValueKind);
        Assert.True(gunning.GetProperty("magBezwaarIndienen").GetBoolean());
        // A gemeente that is not the owner gets nothing of it, letters included.
        Assert.Equal(HttpStatusCode.NotFound, (await p.App.ClientAs("velsen-inkoper").GetAsync(Brief(Thuishulp), Ct)).StatusCode);
        Assert.Equal(3, (await p.GunningAsync(p.App.ClientAs("haarlem-lezer"))).GetProperty("brieven").GetArrayLength());
    }
}
