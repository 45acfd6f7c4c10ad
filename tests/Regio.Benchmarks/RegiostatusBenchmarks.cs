using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Budgetten;
using Regio.Platform.Demo;
using Regio.Platform.Organisaties;
using Regio.Platform.Regios;
using Regio.Platform.Regiostatus;
using Regio.Platform.Storage;
using Regio.Platform.Storage.Development;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Benchmarks;

/// <summary>
/// The regio coordinator's status with 10 and with 1,000 regional trajecten: our read (RegiostatusQuery: the regio, the
/// status rows and the verdelingen, mapped and computed for today) against the raw baseline (a bare TableClient range query
/// over the same status rows). The Round trips column is the number of storage requests of one call: it should not grow
/// with the trajecten while they fit in one page (1,000 rows).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Kolommen))]
public class RegiostatusBenchmarks
{
    private AzuriteProcess _azurite = null!;
    private TableClient _table = null!;
    private RegiostatusQuery _query = null!;
    private Actor _coordinator = null!;

    [Params(10, 1000)]
    public int Trajecten { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(RepoRoot.Find(AppContext.BaseDirectory), AzuriteProcess.FreePorts(), location: null, CancellationToken.None);
        var clients = new StorageClients(Options.Create(new StorageOptions { ConnectionString = _azurite.ConnectionString }));
        var regios = new RegioStore(clients);
        var trajecten = new TrajectStore(clients);
        var organisaties = new OrganisatieStore(clients);
        var budgetten = new BudgetStore(clients);
        var loader = new DemoDataLoader(new StorageInitializer(clients, NullLogger<StorageInitializer>.Instance), regios, trajecten,
            budgetten, organisaties, TimeProvider.System, NullLogger<DemoDataLoader>.Instance);
        var data = await DemoDataSet.ReadAsync(RepoRoot.FindDemoData(AppContext.BaseDirectory) ?? throw new FileNotFoundException(RepoRoot.DemoDataRelativePath), CancellationToken.None);
        await loader.LoadAsync(data, CancellationToken.None);
        var regio = await regios.GetAsync(new RegioId("zk-ijmond"), CancellationToken.None) ?? throw new InvalidOperationException("Demoregio niet geladen.");
        var jeugdhulp = (await trajecten.GetAsync(new TrajectId("jeugdhulp-2023"), CancellationToken.None))!.Value.Traject;
        for (var i = 1; i < Trajecten; i++)
        {
            var kopie = jeugdhulp with { Id = new TrajectId($"bench-{i:D4}"), Naam = $"Benchmarktraject {i} (demo)" };
            await trajecten.AddAsync(kopie, new AuditEvent(DateTimeOffset.UtcNow, "benchmark", "Traject aangemaakt", $"traject:{kopie.Id}", null, null), CancellationToken.None);
        }
        var log = new Toegangspoort(new Toegangslog(organisaties, TimeProvider.System));
        _query = new RegiostatusQuery(regios, new Statusprojectie(clients, trajecten, new InschrijvingStore(clients), NullLogger<Statusprojectie>.Instance),
            new VerdelingStore(clients), new BudgetBekijken(new BudgetPoort(log), budgetten), new ContractRijenbron(new Regio.Platform.Contracten.ContractStore(clients)), log, TimeProvider.System);
        var demo = DemoOrganisaties.Lees();
        var gebruiker = demo.Gebruikers.Single(g => g.Id == "regio-coordinator");
        _coordinator = await new ActorResolver(organisaties).ResolveAsync(demo.TenantVan(gebruiker, demo.Organisaties(data.Regio)), gebruiker.ObjectId, gebruiker.Naam, CancellationToken.None)
            ?? throw new InvalidOperationException("Regiocoördinator niet gevonden.");
        _table = clients.Table(Names.TrajectenTable);
        // The first read marks the partition (or heals it); what is measured is every read after that.
        var eerste = await CoordinatorStatus();
        if (eerste != Trajecten)
            throw new InvalidOperationException($"De status toont {eerste} trajecten, verwacht {Trajecten}.");
        Rondreizen.Bewaar(nameof(RawStatusRange), Trajecten, await Rondreizen.TelAsync(RawStatusRange));
        Rondreizen.Bewaar(nameof(CoordinatorStatus), Trajecten, await Rondreizen.TelAsync(CoordinatorStatus));
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _azurite.DisposeAsync();

    [Benchmark(Baseline = true)]
    public async Task<int> RawStatusRange()
    {
        var n = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"regio|zk-ijmond"} and RowKey gt {"status|"} and RowKey lt {"status}"}");
        await foreach (var _ in _table.QueryAsync<TableEntity>(filter))
        {
            n++;
        }
        return n;
    }

    [Benchmark]
    public async Task<int> CoordinatorStatus()
    {
        var uitkomst = await _query.ReadAsync(_coordinator, new RegioId("zk-ijmond"), null, null, null, CancellationToken.None);
        return uitkomst is Regio.Platform.Uitkomst<Statusoverzicht>.Gelukt g ? g.Waarde.Trajecten.Count : -1;
    }

    private sealed class Kolommen : ManualConfig
    {
        public Kolommen() => AddColumn(new RondreizenKolom());
    }
}
