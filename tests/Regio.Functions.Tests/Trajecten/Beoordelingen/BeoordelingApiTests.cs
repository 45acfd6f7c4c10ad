using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Regio.Domain.Trajecten;
using Regio.Functions.Tests.Trajecten.Inschrijvingen;
using Regio.Platform.Trajecten.Inschrijvingen;
using Regio.Tests;
using static Regio.Functions.Tests.Trajecten.Beoordelingen.GeopendPerceel;

namespace Regio.Functions.Tests.Trajecten.Beoordelingen;

/// <summary>Independent scoring over HTTP: nobody sees another's scores early, a conflicted member is out, consensus comes last.</summary>
public class BeoordelingApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_beoordelaar_cannot_read_anothers_scores_before_all_have_scored_and_can_after()
    {
        await using var p = await MaakAsync(azurite, "scores-geheim");
        var charlotte = p.App.ClientAs("haarlem-beoordelaar");
        var vera = Sleutel("haarlem-beoordelaar-2");
        Assert.Equal(HttpStatusCode.OK, (await p.ScoorAsync("haarlem-beoordelaar-2", Jeugdzorg, 8, 6)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p.ScoorAsync("haarlem-beoordelaar-2", Thuishulp, 6, 6)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p.ScoorAsync("haarlem-beoordelaar", Jeugdzorg, 10, 8)).StatusCode);

        var teVroeg = await charlotte.GetAsync($"{p.ScoresPad(Jeugdzorg)}/{Uri.EscapeDataString(vera)}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, teVroeg.StatusCode);
        var eigen = await charlotte.GetStringAsync(p.ScoresPad(Jeugdzorg), Ct);
        Assert.Contains("\"waarde\":10", eigen, StringComparison.Ordinal);
        Assert.DoesNotContain(vera, eigen, StringComparison.Ordinal);
        var overzicht = await p.App.ClientAs("haarlem-inkoper").GetStringAsync($"{p.Pad}/beoordeling", Ct);
        Assert.Contains("1 van 2 beoordelaars klaar", overzicht, StringComparison.Ordinal);
        Assert.DoesNotContain("\"waarde\"", overzicht, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await p.ScoorAsync("haarlem-beoordelaar", Thuishulp, 4, 4)).StatusCode);
        var erna = await charlotte.GetAsync($"{p.ScoresPad(Jeugdzorg)}/{Uri.EscapeDataString(vera)}", Ct);
        Assert.Equal(HttpStatusCode.OK, erna.StatusCode);
        Assert.Contains("\"waarde\":8", await erna.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conflicted_beoordelaar_cannot_score_sees_no_scores_and_is_not_waited_for()
    {
        await using var p = await MaakAsync(azurite, "verstrengeld");
        var vera = p.App.ClientAs("haarlem-beoordelaar-2");
        var melding = await vera.PostAsJsonAsync($"{p.Pad}/beoordeling/verstrengeling", new { toelichting = "Tot vorig jaar in dienst bij een inschrijver (demo)." }, Ct);
        Assert.Equal(HttpStatusCode.OK, melding.StatusCode);

        var scoren = await p.ScoorAsync("haarlem-beoordelaar-2", Jeugdzorg, 8, 8);
        var reden = await scoren.Content.ReadAsStringAsync(Ct);
        Assert.True(scoren.StatusCode == HttpStatusCode.Forbidden, reden);
        Assert.Contains("belangenverstrengeling", reden, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await p.ScoorAsync("haarlem-beoordelaar", Jeugdzorg, 8, 6)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p.ScoorAsync("haarlem-beoordelaar", Thuishulp, 6, 6)).StatusCode);
        var overzicht = await p.App.ClientAs("haarlem-inkoper").GetStringAsync($"{p.Pad}/beoordeling", Ct);
        Assert.Contains("1 van 1 beoordelaars klaar", overzicht, StringComparison.Ordinal);
        Assert.Equal("[]", await vera.GetStringAsync(p.ScoresPad(Jeugdzorg), Ct));
        Assert.Equal(HttpStatusCode.Forbidden, (await vera.GetAsync($"{p.ScoresPad(Jeugdzorg)}/{Uri.EscapeDataString(Sleutel("haarlem-beoordelaar"))}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await vera.GetAsync($"{p.Pad}/beoordeling/rangschikking", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await vera.GetAsync($"{Indienen.Pad(p.Traject)}/momenten/inschrijving/documenten", Ct)).StatusCode);
    }

    [Fact]
    public async Task Criteria_change_before_the_opening_with_the_ETag_read_and_are_refused_after_it_with_CriteriaBevroren()
    {
        await using var p = await MaakAsync(azurite, "criteria-vast", geopend: false);
        var inkoper = p.App.ClientAs("haarlem-inkoper");
        var gelezen = await inkoper.GetAsync($"{p.Pad}/criteria", Ct);
        var etag = gelezen.Headers.ETag!.ToString();
        var anders = new
        {
            criteria = new object[] { new { code = "K1", naam = "Plan van aanpak", soort = "Kwaliteit", weging = 70 }, new { code = "K2", naam = "Samenwerking", soort = "Kwaliteit", weging = 30 } },
            schaal = new[] { 0, 5, 10 },
        };
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await inkoper.PutAsJsonAsync($"{p.Pad}/criteria", anders, Ct)).StatusCode);
        var voor = await GepubliceerdTraject.SendAsync(inkoper, HttpMethod.Put, $"{p.Pad}/criteria", anders, etag, Ct);
        Assert.True(voor.StatusCode == HttpStatusCode.OK, await voor.Content.ReadAsStringAsync(Ct));
        Assert.Contains("\"weging\":70", await inkoper.GetStringAsync($"{p.Pad}/criteria", Ct), StringComparison.Ordinal);

        await p.OpenAsync();
        var na = await GepubliceerdTraject.SendAsync(inkoper, HttpMethod.Put, $"{p.Pad}/criteria", Criteria, voor.Headers.ETag!.ToString(), Ct);
        var probleem = await na.Content.ReadAsStringAsync(Ct);
        Assert.True(na.StatusCode == HttpStatusCode.Conflict, probleem);
        Assert.Contains("\"code\":\"CriteriaBevroren\"", probleem, StringComparison.Ordinal);
        Assert.Contains("\"weging\":70", await inkoper.GetStringAsync($"{p.Pad}/criteria", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consensus_before_all_have_scored_is_refused_and_after_it_the_ranking_reports_a_tie()
    {
        await using var p = await MaakAsync(azurite, "consensus");
        var inkoper = p.App.ClientAs("haarlem-inkoper");
        Assert.Equal(HttpStatusCode.OK, (await p.ScoorAsync("haarlem-beoordelaar", Jeugdzorg, 8, 6)).StatusCode);
        var teVroeg = await inkoper.PutAsJsonAsync(p.ConsensusPad(Jeugdzorg), Scores(8, 6), Ct);
        var probleem = await teVroeg.Content.ReadAsStringAsync(Ct);
        Assert.True(teVroeg.StatusCode == HttpStatusCode.Conflict, probleem);
        Assert.Contains("\"code\":\"NietIedereenGescoord\"", probleem, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await p.ScoorAsync("haarlem-beoordelaar", Thuishulp, 6, 8)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p.ScoorAsync("haarlem-beoordelaar-2", Jeugdzorg, 6, 6)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p.ScoorAsync("haarlem-beoordelaar-2", Thuishulp, 8, 8)).StatusCode);
        // The commissie agrees on the same scores for both: equal totals, so a tie the platform must report, not break.
        Assert.Equal(HttpStatusCode.OK, (await inkoper.PutAsJsonAsync(p.ConsensusPad(Jeugdzorg), Scores(8, 6), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await inkoper.PutAsJsonAsync(p.ConsensusPad(Thuishulp), Scores(8, 6), Ct)).StatusCode);

        var rangschikking = await inkoper.GetStringAsync($"{p.Pad}/beoordeling/rangschikking", Ct);
        Assert.Contains("\"heeftGelijkspel\":true", rangschikking, StringComparison.Ordinal);
        Assert.Contains("\"compleet\":true", rangschikking, StringComparison.Ordinal);
        Assert.Equal(2, rangschikking.Split("\"rang\":1,", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public async Task A_price_criterion_is_refused_where_reele_tarieven_apply()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var aangemaakt = await inkoper.PostAsJsonAsync("/api/trajecten", new
        {
            id = "reele-tarieven", naam = "Jeugdhulp met reële tarieven (demo)", eigenaar = "gemeente:haarlem", procedure = "Dialooggericht", domein = "Jeugd",
            contract = new { looptijdJaren = 9, evaluatiemomenten = new[] { 3, 6 }, bekostiging = "Taakgericht", reeleTarieven = true },
        }, Ct);
        Assert.True(aangemaakt.IsSuccessStatusCode, await aangemaakt.Content.ReadAsStringAsync(Ct));
        Assert.Contains("\"reeleTarieven\":true", await aangemaakt.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var prijs = new
        {
            criteria = new object[] { new { code = "K1", naam = "Plan van aanpak", soort = "Kwaliteit", weging = 70 }, new { code = "P", naam = "Prijs", soort = "Prijs", weging = 30 } },
            schaal = new[] { 0, 5, 10 },
        };
        var geweigerd = await inkoper.PutAsJsonAsync("/api/trajecten/reele-tarieven/percelen/1/criteria", prijs, Ct);
        var probleem = await geweigerd.Content.ReadAsStringAsync(Ct);
        Assert.True(geweigerd.StatusCode == HttpStatusCode.BadRequest, probleem);
        Assert.Contains("reële tarieven", probleem, StringComparison.Ordinal);
        Assert.Contains("criteria[1].soort", probleem, StringComparison.Ordinal);
        var gelezen = await inkoper.GetStringAsync("/api/trajecten/reele-tarieven/percelen/1/criteria", Ct);
        Assert.Contains("\"vastgesteld\":false", gelezen, StringComparison.Ordinal);
        Assert.Contains("\"reeleTarieven\":true", gelezen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_events_of_the_beoordeling_name_who_scored_but_never_a_score_or_motivation()
    {
        await using var p = await MaakAsync(azurite, "audit-zonder-scores");
        var motivering = "Geheime motivering die niet in de geschiedenis mag staan (demo).";
        var client = p.App.ClientAs("haarlem-beoordelaar");
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync(p.ScoresPad(Jeugdzorg), Scores(8, 6, motivering), Ct)).StatusCode);

        var geschiedenis = await p.App.Services.GetRequiredService<InschrijvingStore>().ListGeschiedenisAsync(new TrajectId(p.Traject), GeopendPerceel.Perceel, Ct);
        var scoren = Assert.Single(geschiedenis, e => e.Actie.StartsWith("Scores ingediend", StringComparison.Ordinal));
        Assert.Equal(Sleutel("haarlem-beoordelaar"), scoren.Actor);
        Assert.DoesNotContain(geschiedenis, e => $"{e.Voor}{e.Na}".Contains(motivering, StringComparison.Ordinal) || $"{e.Voor}{e.Na}".Contains("\"waarde\"", StringComparison.Ordinal));
    }
}
