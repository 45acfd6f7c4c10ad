using System.Text.Json;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Demo;

/// <summary>The demo region, loaded into a fresh Azurite, reads back equal to ../shared/data/zuid-kennemerland-ijmond.json.</summary>
public class DemoDataLoadTests(AzuriteFixture azurite)
{
    private readonly TestStorage _storage = new(azurite);

    private static JsonElement Json() => JsonDocument.Parse(File.ReadAllText(AzuriteFixture.DemoDataPath)).RootElement;

    [Fact]
    public async Task Demo_region_reads_back_with_its_seven_gemeenten_in_document_order()
    {
        await _storage.Demo.LoadAsync(await TestStorage.ReadDemoDataAsync(), TestContext.Current.CancellationToken);

        var regio = await _storage.Regios.GetAsync(new RegioId("zk-ijmond"), TestContext.Current.CancellationToken);

        var expected = Json().GetProperty("regio").GetProperty("gemeenten").EnumerateArray()
            .Select(g => (g.GetProperty("id").GetString(), g.GetProperty("naam").GetString(), g.GetProperty("subregio").GetString()))
            .ToList();
        Assert.NotNull(regio);
        Assert.Equal("Zuid-Kennemerland en IJmond", regio.Naam);
        Assert.Equal(7, regio.Gemeenten.Count);
        Assert.Equal(expected, regio.Gemeenten.Select(g => ((string?)g.Id.Value, (string?)g.Naam, (string?)g.Subregio)));
    }

    [Fact]
    public async Task Demo_trajecten_read_back_with_owner_participants_and_procedure()
    {
        await _storage.Demo.LoadAsync(await TestStorage.ReadDemoDataAsync(), TestContext.Current.CancellationToken);
        var regio = await _storage.Regios.GetAsync(new RegioId("zk-ijmond"), TestContext.Current.CancellationToken);

        var trajecten = (await _storage.Trajecten.ListForRegioAsync(regio!, TestContext.Current.CancellationToken)).ToDictionary(t => t.Id.Value);

        foreach (var json in Json().GetProperty("trajecten").EnumerateArray())
        {
            var traject = trajecten[json.GetProperty("id").GetString()!];
            Assert.Equal(json.GetProperty("naam").GetString(), traject.Naam);
            Assert.Equal(json.GetProperty("eigenaar").GetString(), traject.Eigenaar.Sleutel);
            Assert.Equal(json.TryGetProperty("procedure", out var p) ? p.GetString() : null, traject.ProcedureToelichting);
            if (json.TryGetProperty("deelnemers", out var deelnemers))
            {
                Assert.Equal(deelnemers.EnumerateArray().Select(d => d.GetString()), traject.Deelnemers.Select(d => d.Value));
            }
        }
        Assert.Equal(3, trajecten.Count);
        Assert.Equal(["Complexe jeugdhulp", "Enkelvoudige jeugdhulp"], trajecten["jeugdhulp-2023"].Percelen.Select(p => p.Naam));
        Assert.Null(trajecten["huishoudelijke-ondersteuning-2022"].Procedure);
    }

    [Fact]
    public async Task Haarlem_budget_tables_read_back_with_every_post_and_the_documented_totals()
    {
        await _storage.Demo.LoadAsync(await TestStorage.ReadDemoDataAsync(), TestContext.Current.CancellationToken);

        var budgetten = (await _storage.Budgetten.ListAsync(new GemeenteId("haarlem"), TestContext.Current.CancellationToken)).ToDictionary(b => b.Domein);

        var json = Json().GetProperty("budgetten").GetProperty("haarlem");
        foreach (var (domein, naam) in new[] { (Domein.Wmo, "wmo"), (Domein.Jeugd, "jeugd") })
        {
            var expected = json.GetProperty(naam);
            var budget = budgetten[domein];
            Assert.Equal(expected.GetProperty("jaren").EnumerateArray().Select(j => j.GetInt32()), budget.Jaren);
            Assert.Equal(
                expected.GetProperty("posten").EnumerateObject().Select(p => (p.Name, p.Value.EnumerateArray().Select(v => v.GetInt64() * 1000).ToList())),
                budget.Posten.Select(p => (p.Naam, p.BedragenInEuro.ToList())),
                new PostComparer());
            Assert.Equal(expected.GetProperty("totaal").EnumerateArray().Select(t => t.GetInt64() * 1000), budget.TotaalInEuro());
        }
        Assert.Equal([36_449_000L, 31_223_000, 31_112_000, 30_664_000, 30_664_000], budgetten[Domein.Wmo].TotaalInEuro());
    }

    [Fact]
    public async Task Loading_the_demo_region_twice_changes_nothing()
    {
        var data = await TestStorage.ReadDemoDataAsync();
        var first = await _storage.Demo.LoadAsync(data, TestContext.Current.CancellationToken);
        var before = await _storage.SnapshotAsync();

        var second = await _storage.Demo.LoadAsync(data, TestContext.Current.CancellationToken);

        Assert.Equal(0, first.AlAanwezig);
        Assert.Equal(new(0, first.Toegevoegd), second);
        Assert.Equal(before, await _storage.SnapshotAsync());
    }

    [Fact]
    public async Task Two_loads_at_once_add_each_thing_exactly_once()
    {
        var data = await TestStorage.ReadDemoDataAsync();

        var results = await Task.WhenAll(
            _storage.Demo.LoadAsync(data, TestContext.Current.CancellationToken),
            _storage.Demo.LoadAsync(data, TestContext.Current.CancellationToken));

        Assert.Equal(results[0].Toegevoegd + results[0].AlAanwezig, results.Sum(r => r.Toegevoegd));
        var regio = await _storage.Regios.GetAsync(new RegioId("zk-ijmond"), TestContext.Current.CancellationToken);
        Assert.Equal(3, (await _storage.Trajecten.ListForRegioAsync(regio!, TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task Phases_follow_the_dated_facts_of_the_documents()
    {
        await _storage.Demo.LoadAsync(await TestStorage.ReadDemoDataAsync(), TestContext.Current.CancellationToken);

        var overzicht = await _storage.Overzicht.GetAsync(new RegioId("zk-ijmond"), TestContext.Current.CancellationToken);

        var fasen = overzicht!.Trajecten.ToDictionary(t => t.Traject.Id.Value, t => t.Fase);
        Assert.Equal(Fase.Dialoog, fasen["jeugdhulp-2023"]);
        Assert.Equal(Fase.Dialoog, fasen["gewoon-in-de-wijk"]);
        Assert.Equal(new DateOnly(2021, 11, 3), overzicht.Trajecten.Single(t => t.Traject.Id.Value == "gewoon-in-de-wijk").Percelen.Single().Sinds!.Datum);
        Assert.Equal(Fase.Gecontracteerd, fasen["huishoudelijke-ondersteuning-2022"]);
    }

    [Fact]
    public async Task Phase_is_derived_from_the_clock_when_read()
    {
        var storage = new TestStorage(azurite, new DateTimeOffset(2022, 3, 15, 12, 0, 0, TimeSpan.Zero));
        await storage.Demo.LoadAsync(await TestStorage.ReadDemoDataAsync(), TestContext.Current.CancellationToken);

        var overzicht = await storage.Overzicht.GetAsync(new RegioId("zk-ijmond"), TestContext.Current.CancellationToken);

        var ho = overzicht!.Trajecten.Single(t => t.Traject.Id.Value == "huishoudelijke-ondersteuning-2022");
        Assert.Equal(Fase.VoorlopigeGunning, ho.Fase);
        var jeugd = overzicht.Trajecten.Single(t => t.Traject.Id.Value == "jeugdhulp-2023");
        Assert.Equal([Fase.Dialoog, Fase.Voorbereiding], jeugd.Percelen.Select(p => p.Fase));
    }

    private sealed class PostComparer : IEqualityComparer<(string, List<long>)>
    {
        public bool Equals((string, List<long>) x, (string, List<long>) y) => x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2);

        public int GetHashCode((string, List<long>) obj) => obj.Item1.GetHashCode(StringComparison.Ordinal);
    }
}
