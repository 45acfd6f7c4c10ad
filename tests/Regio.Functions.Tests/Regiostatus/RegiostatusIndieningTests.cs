using System.Net;
using Regio.Functions.Tests.Trajecten;
using Regio.Functions.Tests.Trajecten.Inschrijvingen;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Tests;

namespace Regio.Functions.Tests.Regiostatus;

/// <summary>The status counts submissions per perceel, a number only (sealed), brought up to date right after a moment is set and after each submit or withdrawal.</summary>
public class RegiostatusIndieningTests(AzuriteFixture azurite)
{
    private const string Traject = "status-telling";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<(string Moment, int Aantal)>> TellingAsync(HttpClient client) =>
        [.. RegiostatusApiTests.Perceel(RegiostatusApiTests.Traject(await RegiostatusApiTests.StatusAsync(client), Traject), 1)
            .GetProperty("inschrijvingen").EnumerateArray().Select(t => (t.GetProperty("moment").GetString()!, t.GetProperty("aantal").GetInt32()))];

    [Fact]
    public async Task A_submission_is_counted_in_the_status_and_its_withdrawal_counts_it_out_without_any_name_or_file()
    {
        await using var app = await new RegioAppFactory(azurite) { Klok = Testklok.VanafNu() }.LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        await GepubliceerdTraject.MaakAsync(inkoper, Traject, "Openbaar", ["Perceel A"], aankondigen: true, Ct);
        await Indienen.StelMomentVastAsync(inkoper, Traject, app.Klok!.GetUtcNow().AddDays(3), ["UEA"], Ct);
        var aanbieder = app.ClientAs("jeugdzorg-tekenbevoegde");
        var upload = await Indienen.UploadAsync(aanbieder, Traject, "UEA", "uea-status.pdf", Testbestanden.Pdf("UEA"), Ct);

        var voor = await TellingAsync(inkoper);
        var ingediend = await Indienen.DienInAsync(aanbieder, Traject, [upload], Ct);
        Assert.True(ingediend.StatusCode == HttpStatusCode.Created, await ingediend.Content.ReadAsStringAsync(Ct));
        var na = await TellingAsync(inkoper);
        var status = (await RegiostatusApiTests.StatusAsync(inkoper)).GetRawText();
        var ingetrokken = await aanbieder.PostAsync($"{Indienen.Pad(Traject)}/momenten/inschrijving/intrekking", null, Ct);
        Assert.True(ingetrokken.IsSuccessStatusCode, await ingetrokken.Content.ReadAsStringAsync(Ct));
        var daarna = await TellingAsync(inkoper);

        Assert.Equal([("Inschrijving", 0)], voor);
        Assert.Equal([("Inschrijving", 1)], na);
        Assert.Equal([("Inschrijving", 0)], daarna);
        foreach (var verzegeld in new[] { "uea-status.pdf", "Jeugdzorg Kennemerland", upload.Sha256 })
        {
            Assert.False(status.Contains(verzegeld, StringComparison.Ordinal), $"De status bevat '{verzegeld}' van een verzegelde inschrijving.");
        }
    }
}
