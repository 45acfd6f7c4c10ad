using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Platform.Audit;
using Regio.Platform.Budgetten;
using Regio.Platform.Demo;
using Regio.Platform.Organisaties;
using Regio.Platform.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Storage.Development;
using Regio.Platform.Trajecten;

namespace Regio.Benchmarks;

/// <summary>
/// The traject page's read since a traject is stored as rows: our path (TrajectStore.GetAsync, what TrajectBekijken.GetAsync
/// reads: the traject's owner, from the index row once and then from memory, and one range query over the traject's rows,
/// mapped to the domain record with its version) against the raw baseline (the index row and the range query with a bare
/// TableClient, rows left as they come), and the raw range query alone (what our path asks of storage once it knows the owner). Both for the demo's jeugdhulp
/// traject (2 percelen, 4 mijlpalen) and for a large one (20 percelen, 50 bezwaren of 4,000 characters). Goal: Ratio at most 1.3.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Instellingen))]
public class TrajectPaginaBenchmarks
{
    private AzuriteProcess _azurite = null!;
    private TrajectStore _store = null!;
    private TableClient _table = null!;
    private string _partitie = "";

    [Params("jeugdhulp-2023", "groot-2027")]
    public string Traject { get; set; } = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(RepoRoot.Find(AppContext.BaseDirectory), AzuriteProcess.FreePorts(), location: null, CancellationToken.None);
        var clients = new StorageClients(Options.Create(new StorageOptions { ConnectionString = _azurite.ConnectionString }));
        _store = new TrajectStore(clients);
        var loader = new DemoDataLoader(new StorageInitializer(clients, NullLogger<StorageInitializer>.Instance), new RegioStore(clients), _store,
            new BudgetStore(clients), new OrganisatieStore(clients), TimeProvider.System, NullLogger<DemoDataLoader>.Instance);
        var demo = RepoRoot.FindDemoData(AppContext.BaseDirectory) ?? throw new FileNotFoundException(RepoRoot.DemoDataRelativePath);
        await loader.LoadAsync(await DemoDataSet.ReadAsync(demo, CancellationToken.None), CancellationToken.None);
        var groot = Groot((await _store.GetAsync(new TrajectId("jeugdhulp-2023"), CancellationToken.None))!.Value.Traject);
        if (!await _store.AddAsync(groot, new AuditEvent(DateTimeOffset.UtcNow, "benchmark", "Traject aangemaakt", $"traject:{groot.Id}", null, null), CancellationToken.None))
            throw new InvalidOperationException("Het grote traject is niet opgeslagen.");
        _table = clients.Table(Names.TrajectenTable);
        if (await RawRowReads() != await RijenVanStore())
            throw new InvalidOperationException("De baseline leest andere rijen dan de store.");
        _partitie = (await _table.GetEntityAsync<TableEntity>(TrajectStore.IndexPartition, Traject)).Value.GetString("Eigenaar").Replace(':', '|');
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _azurite.DisposeAsync();

    [Benchmark(Baseline = true)]
    public async Task<int> RawRowReads()
    {
        var index = await _table.GetEntityIfExistsAsync<TableEntity>(TrajectStore.IndexPartition, Traject);
        var pk = index.Value!.GetString("Eigenaar").Replace(':', '|');
        var n = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey ge {$"traject|{Traject}|"} and RowKey lt {$"traject|{Traject}}}"}");
        await foreach (var _ in _table.QueryAsync<TableEntity>(filter))
        {
            n++;
        }
        return n;
    }

    /// <summary>The range query alone: what our path asks of storage once it knows the owner (see TrajectStore's owner cache).</summary>
    [Benchmark]
    public async Task<int> RawRangeQuery()
    {
        var n = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {_partitie} and RowKey ge {$"traject|{Traject}|"} and RowKey lt {$"traject|{Traject}}}"}");
        await foreach (var _ in _table.QueryAsync<TableEntity>(filter))
        {
            n++;
        }
        return n;
    }

    [Benchmark]
    public async Task<int> TrajectStoreGet() => (await _store.GetAsync(new TrajectId(Traject), CancellationToken.None))!.Value.Traject.Percelen.Count;

    private async Task<int> RijenVanStore() => (await _store.GetAsync(new TrajectId(Traject), CancellationToken.None))!.Value.Versie.Rijen.Count();

    /// <summary>The jeugdhulp traject grown to 20 percelen with 50 bezwaren of the maximum length between them.</summary>
    private static Traject Groot(Traject basis)
    {
        var tekst = string.Concat(Enumerable.Repeat("Bezwaar é ", 400));
        var percelen = Enumerable.Range(1, 20).Select(n => new Perceel(n, $"Perceel {n}", basis.Percelen[0].Overgangen, basis.Percelen[0].Dossier with
        {
            Gunningsbeslissing = new Gunningsbeslissing(new DateOnly(2027, 3, 1), tekst),
            Bezwaren = [.. Enumerable.Range(0, 50).Where(b => b % 20 == n - 1).Select(b => new Bezwaar(new DateOnly(2027, 3, 5), null, BezwaarSoort.Bezwaar,
                "Bezwaar", null, $"inschrijver-{b}", $"Aanbieder {b}", tekst, new Bezwaarantwoord(new DateOnly(2027, 3, 9), tekst, "Anna")))],
        })).ToList();
        return basis with { Id = new TrajectId("groot-2027"), Naam = "Groot traject (benchmark)", Percelen = percelen };
    }

    // In process, as the other benchmarks: no generated project to build, which would compile the whole app once more.
    private sealed class Instellingen : ManualConfig
    {
        public Instellingen() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
    }
}
