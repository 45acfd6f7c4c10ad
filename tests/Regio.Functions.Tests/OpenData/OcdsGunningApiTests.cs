using System.Net.Http.Json;
using System.Text.Json;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Functions.Tests.Trajecten;
using Regio.Tests;
using static Regio.Functions.Tests.Trajecten.Gunningen.Gunningsperceel;

namespace Regio.Functions.Tests.OpenData;

/// <summary>
/// An award in the open data: nothing while the gunningsbeslissing runs its standstill, then the winner with its KvK number,
/// its contract and the number of inschrijvingen, and a release per change of the contract's start. Never a document, a
/// score, a losing aanbieder or a person.
/// </summary>
public class OcdsGunningApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, (int, int)> Scores = new() { [Jeugdzorg] = (10, 8), [Thuishulp] = (8, 8), [Duinstreek] = (4, 6) };

    [Fact]
    public async Task An_award_is_published_only_after_the_definitive_award_with_its_contract_and_bid_count_and_nothing_sealed()
    {
        await using var p = await MaakAsync(azurite, "ocds-gunning", Scores);
        var anoniem = p.App.CreateClient();
        var pad = $"/api/ocds/records?ocid=ocds-regio-{p.Traject}";

        await Verwacht(await p.GunAsync(Jeugdzorg), "verzenden");
        var (tijdensStandstill, root) = await OcdsApiTests.ReadAsync(anoniem, pad);
        var stand = OcdsApiTests.Compiled(root, $"ocds-regio-{p.Traject}");
        Assert.False(stand.TryGetProperty("awards", out _), "Tijdens de opschortende termijn is er nog geen openbare gunning.");
        Assert.False(stand.TryGetProperty("bids", out _), "Het aantal inschrijvingen hoort bij de gunning.");
        Assert.DoesNotContain("Jeugdzorg Kennemerland", tijdensStandstill, StringComparison.Ordinal);

        p.Klok.SetUtcNow(p.Klok.GetUtcNow().AddDays(30));
        await Verwacht(await p.Inkoper.PostAsJsonAsync($"{p.Pad}/gunning/definitief", new { startdatum = Datum(p.Start) }, Ct), "definitief");
        p.Klok.SetUtcNow(p.Klok.GetUtcNow().AddDays(1));
        var id = $"{p.Traject}.1.aanbieder.demo-jeugdzorg-kennemerland";
        var etag = (await p.Inkoper.GetAsync($"/api/contracten/{id}", Ct)).Headers.ETag!.ToString();
        await Verwacht(await GepubliceerdTraject.SendAsync(p.Inkoper, HttpMethod.Put, $"/api/contracten/{id}/startdatum",
            new { startdatum = Datum(p.LatereStart), reden = "Inwerkingtreding opgeschort vanwege kort geding (demo)" }, etag, Ct), "start verplaatsen");

        var (export, records) = await OcdsApiTests.ReadAsync(anoniem, pad);
        Assert.Empty(await OcdsSchema.RecordPackageFoutenAsync(export));
        Assert.Empty(await OcdsSchema.ReleasePackageFoutenAsync((await OcdsApiTests.ReadAsync(anoniem, $"/api/ocds/releases?ocid=ocds-regio-{p.Traject}")).Json));
        var gegund = OcdsApiTests.Compiled(records, $"ocds-regio-{p.Traject}");
        var award = Assert.Single(gegund.GetProperty("awards").EnumerateArray());
        Assert.Equal(("active", "aanbieder-demo-jeugdzorg-kennemerland"), (award.GetProperty("status").GetString(), award.GetProperty("suppliers")[0].GetProperty("id").GetString()));
        var leverancier = gegund.GetProperty("parties").EnumerateArray().Single(x => x.GetProperty("roles")[0].GetString() == "supplier");
        Assert.Equal(("NL-KVK", "90000001"), (leverancier.GetProperty("identifier").GetProperty("scheme").GetString(), leverancier.GetProperty("identifier").GetProperty("id").GetString()));
        var contract = Assert.Single(gegund.GetProperty("contracts").EnumerateArray());
        Assert.Equal(("pending", award.GetProperty("id").GetString()), (contract.GetProperty("status").GetString(), contract.GetProperty("awardID").GetString()));
        Assert.StartsWith($"{Datum(p.LatereStart)}T00:00:00", contract.GetProperty("period").GetProperty("startDate").GetString(), StringComparison.Ordinal);
        Assert.StartsWith($"{Datum(p.LatereStart.AddYears(9).AddDays(-1))}T00:00:00", contract.GetProperty("period").GetProperty("endDate").GetString(), StringComparison.Ordinal);
        Assert.Equal($"Startdatum gewijzigd van {Dagtekst.Kort(p.Start)} naar {Dagtekst.Kort(p.LatereStart)}.", Assert.Single(contract.GetProperty("amendments").EnumerateArray()).GetProperty("description").GetString());
        var telling = Assert.Single(gegund.GetProperty("bids").GetProperty("statistics").EnumerateArray());
        Assert.Equal(("bids", 3, "1"), (telling.GetProperty("measure").GetString(), telling.GetProperty("value").GetInt32(), telling.GetProperty("relatedLot").GetString()));

        var tags = records.GetProperty("records")[0].GetProperty("releases").EnumerateArray().Select(r => string.Join(",", r.GetProperty("tag").EnumerateArray().Select(t => t.GetString()))).ToList();
        Assert.Equal(["tender", "tenderUpdate", "tenderUpdate,award,contract", "contractAmendment"], tags.Skip(tags.Count - 4));

        foreach (var geheim in new[] { "plan.pdf", "Plan van", "Samenwerking van", "Thuishulp IJmond", "Welzijn Duinstreek", "Anna de Vries", "Petra Willems", "kort geding", "sha", "K1" })
            Assert.False(export.Contains(geheim, StringComparison.OrdinalIgnoreCase), $"De open data bevat '{geheim}'.");
    }
}
