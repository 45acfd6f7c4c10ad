using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Regio.Functions.Tests.Trajecten;
using Regio.Tests;
using static Regio.Functions.Tests.Trajecten.Gunningen.Gunningsperceel;

namespace Regio.Functions.Tests.Regiostatus;

/// <summary>The status reads contract starts and evaluations from the contracts themselves once the perceel is awarded.</summary>
public class RegiostatusContractTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_the_definitive_award_the_status_shows_each_contracts_start_with_its_aanbieder_and_the_date_it_moved_from()
    {
        await using var p = await MaakAsync(azurite, "status-contract", new Dictionary<string, (int, int)> { [Jeugdzorg] = (10, 8), [Thuishulp] = (8, 8), [Duinstreek] = (4, 6) });
        await Verwacht(await p.GunAsync(Jeugdzorg), "verzenden");
        p.Klok.SetUtcNow(p.Klok.GetUtcNow().AddDays(30));
        var start = p.Vandaag.AddDays(40);
        await Verwacht(await p.Inkoper.PostAsJsonAsync($"{p.Pad}/gunning/definitief", new { startdatum = Dag(start) }, Ct), "definitief");
        var id = $"{p.Traject}.1.aanbieder.demo-jeugdzorg-kennemerland";
        var gelezen = await p.Inkoper.GetAsync($"/api/contracten/{id}", Ct);
        await Verwacht(await GepubliceerdTraject.SendAsync(p.Inkoper, HttpMethod.Put, $"/api/contracten/{id}/startdatum",
            new { startdatum = Dag(start.AddDays(20)), reden = "Later begin op verzoek van de aanbieder (demo)" }, gelezen.Headers.ETag!.ToString(), Ct), "verplaatsen");

        var status = JsonDocument.Parse(await p.Inkoper.GetStringAsync("/api/regio/zk-ijmond/status", Ct)).RootElement;
        var perceel = status.GetProperty("trajecten").EnumerateArray().Single(t => t.GetProperty("id").GetString() == p.Traject).GetProperty("percelen")[0];
        var moment = Assert.Single(perceel.GetProperty("contractmomenten").EnumerateArray());
        Assert.Equal("Start", moment.GetProperty("soort").GetString());
        Assert.Equal(Dag(start.AddDays(20)), moment.GetProperty("datum").GetString());
        Assert.Equal(Dag(start), moment.GetProperty("oorspronkelijkeDatum").GetString());
        Assert.Contains("Jeugdzorg Kennemerland", moment.GetProperty("omschrijving").GetString(), StringComparison.Ordinal);
    }

    private static string Dag(DateOnly dag) => dag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
