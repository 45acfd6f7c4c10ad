using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Regio.Domain.Regios;
using Regio.Platform.Budgetten;
using Regio.Platform.Demo;
using Regio.Platform.Organisaties;
using Regio.Platform.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Storage.Development;
using Regio.Platform.Trajecten;

namespace Regio.Benchmarks;

/// <summary>
/// The home page's read: every traject of the regio. Our path (TrajectStore: one range query per owner, in parallel,
/// mapped to domain records) against the raw baseline (the same queries with a bare TableClient, rows left as they come).
/// The Ratio column is our cost relative to the baseline, on the same Azurite in the same run.
/// </summary>
[MemoryDiagnoser]
public class TrajectListBenchmarks
{
    private AzuriteProcess _azurite = null!;
    private TrajectStore _store = null!;
    private TableClient _table = null!;
    private Regio.Domain.Regios.Regio _regio = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(RepoRoot.Find(AppContext.BaseDirectory), AzuriteProcess.FreePorts(), location: null, CancellationToken.None);
        var clients = new StorageClients(Options.Create(new StorageOptions { ConnectionString = _azurite.ConnectionString }));
        var regios = new RegioStore(clients);
        _store = new TrajectStore(clients);
        var loader = new DemoDataLoader(new StorageInitializer(clients, NullLogger<StorageInitializer>.Instance), regios, _store,
            new BudgetStore(clients), new OrganisatieStore(clients), TimeProvider.System, NullLogger<DemoDataLoader>.Instance);
        var demo = RepoRoot.FindDemoData(AppContext.BaseDirectory) ?? throw new FileNotFoundException(RepoRoot.DemoDataRelativePath);
        await loader.LoadAsync(await DemoDataSet.ReadAsync(demo, CancellationToken.None), CancellationToken.None);
        _regio = await regios.GetAsync(new RegioId("zk-ijmond"), CancellationToken.None) ?? throw new InvalidOperationException("Demoregio niet geladen.");
        _table = clients.Table(Names.TrajectenTable);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _azurite.DisposeAsync();

    [Benchmark(Baseline = true)]
    public async Task<int> RawTableQueries()
    {
        var partitions = _regio.Gemeenten.Select(g => $"gemeente|{g.Id}").Prepend($"regio|{_regio.Id}");
        var counts = await Task.WhenAll(partitions.Select(async pk =>
        {
            var n = 0;
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey gt {"traject|"} and RowKey lt {"traject}"}");
            await foreach (var _ in _table.QueryAsync<TableEntity>(filter))
            {
                n++;
            }
            return n;
        }));
        return counts.Sum();
    }

    [Benchmark]
    public async Task<int> TrajectStoreListForRegio() => (await _store.ListForRegioAsync(_regio, CancellationToken.None)).Count;
}
