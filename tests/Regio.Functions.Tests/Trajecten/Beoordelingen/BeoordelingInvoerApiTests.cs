using System.Net;
using System.Net.Http.Json;
using Regio.Tests;
using static Regio.Functions.Tests.Trajecten.Beoordelingen.GeopendPerceel;

namespace Regio.Functions.Tests.Trajecten.Beoordelingen;

/// <summary>Bad input to the beoordeling gets a Dutch problem naming the field, or 404/412, never a 500, and changes nothing.</summary>
public class BeoordelingInvoerApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bad_criteria_scores_verdicts_and_stale_versions_are_answered_in_Dutch_and_change_nothing()
    {
        await using var p = await MaakAsync(azurite, "beoordeling-invoer");
        var inkoper = p.App.ClientAs("haarlem-inkoper");
        var charlotte = p.App.ClientAs("haarlem-beoordelaar");

        await VerwachtAsync(await inkoper.PutAsJsonAsync($"{p.Pad}/criteria", new { }, Ct), HttpStatusCode.Conflict, "CriteriaBevroren");
        await VerwachtAsync(await charlotte.PutAsJsonAsync(p.ScoresPad(Jeugdzorg), new { scores = new[] { new { punt = "K1", waarde = 7, motivering = "x" } } }, Ct),
            HttpStatusCode.BadRequest, "moet op de schaal liggen");
        await VerwachtAsync(await charlotte.PutAsJsonAsync(p.ScoresPad(Jeugdzorg), new { scores = (object?)null }, Ct), HttpStatusCode.BadRequest, "Geef een score voor elk criterium");
        await VerwachtAsync(await charlotte.PutAsJsonAsync(p.ScoresPad(Jeugdzorg), Scores(8, 8, new string('x', 2001)), Ct), HttpStatusCode.BadRequest, "hoogstens 2000 tekens");
        await VerwachtAsync(await charlotte.PutAsJsonAsync(p.ScoresPad("aanbieder|bestaat-niet"), Scores(8, 8), Ct), HttpStatusCode.NotFound, "");
        await VerwachtAsync(await inkoper.PutAsJsonAsync(p.GeldigheidPad(Jeugdzorg), new { geldig = false, reden = "Geen UEA (demo)." }, Ct), HttpStatusCode.PreconditionFailed, "If-Match");
        var geldigheid = await inkoper.GetStringAsync($"{p.Pad}/beoordeling", Ct);
        Assert.DoesNotContain("\"geldig\":false", geldigheid, StringComparison.Ordinal);
        await VerwachtAsync(await GepubliceerdTraject.SendAsync(inkoper, HttpMethod.Put, p.GeldigheidPad(Jeugdzorg), new { geldig = false, reden = "Geen UEA (demo)." }, "\"verouderd\"", Ct),
            HttpStatusCode.PreconditionFailed, "Tegelijk met u");
        await VerwachtAsync(await charlotte.GetAsync($"{p.ScoresPad(Jeugdzorg)}/{Uri.EscapeDataString(Sleutel("haarlem-beoordelaar"))}", Ct), HttpStatusCode.NotFound, "");
        await VerwachtAsync(await p.App.ClientAs("haarlem-lezer").PutAsJsonAsync(p.ScoresPad(Jeugdzorg), Scores(8, 8), Ct), HttpStatusCode.Forbidden, "leden van de beoordelingscommissie");
        await VerwachtAsync(await charlotte.PutAsync(p.ScoresPad(Jeugdzorg), new StringContent("{\"scores\": [{\"waarde\": \"acht\"}]}", System.Text.Encoding.UTF8, "application/json"), Ct),
            HttpStatusCode.BadRequest, "geen geldige JSON");
        Assert.Contains("0 van 2 beoordelaars klaar", await inkoper.GetStringAsync($"{p.Pad}/beoordeling", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_or_foreign_version_of_ones_scores_is_refused_with_412_and_the_scores_stay_as_they_were()
    {
        await using var p = await MaakAsync(azurite, "scores-verouderd");
        var charlotte = p.App.ClientAs("haarlem-beoordelaar");
        var oud = (await p.ScoorAsync("haarlem-beoordelaar", Jeugdzorg, 8, 6)).Headers.ETag!.ToString();
        var vervangen = await GepubliceerdTraject.SendAsync(charlotte, HttpMethod.Put, p.ScoresPad(Jeugdzorg), Scores(10, 4), oud, Ct);
        Assert.True(vervangen.StatusCode == HttpStatusCode.OK, await vervangen.Content.ReadAsStringAsync(Ct));

        await VerwachtAsync(await GepubliceerdTraject.SendAsync(charlotte, HttpMethod.Put, p.ScoresPad(Jeugdzorg), Scores(2, 2), oud, Ct),
            HttpStatusCode.PreconditionFailed, "Tegelijk met u");
        // A raw table ETag, as clients sent before versions were tokens, is not a version of ours.
        await VerwachtAsync(await GepubliceerdTraject.SendAsync(charlotte, HttpMethod.Put, p.ScoresPad(Jeugdzorg), Scores(2, 2),
            "W/\"datetime'2026-12-07T20%3A00%3A00.0000000Z'\"", Ct), HttpStatusCode.PreconditionFailed, "Tegelijk met u");

        var eigen = await charlotte.GetStringAsync(p.ScoresPad(Jeugdzorg), Ct);
        Assert.True(eigen.Contains("\"waarde\":10", StringComparison.Ordinal) && eigen.Contains("\"waarde\":4", StringComparison.Ordinal)
            && !eigen.Contains("\"waarde\":2", StringComparison.Ordinal), $"De scores 10 en 4 horen te blijven staan: {eigen}");
    }

    private static async Task VerwachtAsync(HttpResponseMessage response, HttpStatusCode status, string bevat)
    {
        var tekst = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} in plaats van {(int)status}: {tekst}");
        Assert.True(tekst.Contains(bevat, StringComparison.Ordinal), $"'{bevat}' ontbreekt in: {tekst}");
        if (status != HttpStatusCode.NotFound)
            Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }
}
