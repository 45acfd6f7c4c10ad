using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Regio.Platform.Budgetten;
using Regio.Platform.Demo;
using Regio.Platform.Organisaties;
using Regio.Platform.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests;

/// <summary>The platform's stores over the shared Azurite, with names of their own and a clock the test moves.</summary>
public sealed class TestStorage
{
    public TestStorage(AzuriteFixture azurite, DateTimeOffset? now = null)
    {
        Time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        Clients = new StorageClients(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, Prefix = AzuriteFixture.NewPrefix() }));
        Initializer = new StorageInitializer(Clients, NullLogger<StorageInitializer>.Instance);
        Regios = new RegioStore(Clients);
        Trajecten = new TrajectStore(Clients);
        Budgetten = new BudgetStore(Clients);
        Organisaties = new OrganisatieStore(Clients);
        Demo = new DemoDataLoader(Initializer, Regios, Trajecten, Budgetten, Organisaties, Time, NullLogger<DemoDataLoader>.Instance);
        Overzicht = new RegioOverzichtQuery(Regios, Trajecten, Time);
        Toegangspoort = new Toegangspoort(new Toegangslog(Organisaties, Time));
        TrajectPoort = new TrajectPoort(Trajecten, Toegangspoort, Time);
    }

    public FakeTimeProvider Time { get; }

    public StorageClients Clients { get; }

    public StorageInitializer Initializer { get; }

    public RegioStore Regios { get; }

    public TrajectStore Trajecten { get; }

    public BudgetStore Budgetten { get; }

    public OrganisatieStore Organisaties { get; }

    public DemoDataLoader Demo { get; }

    public RegioOverzichtQuery Overzicht { get; }

    /// <summary>The access gate, logging refusals in this test's tables.</summary>
    public Toegangspoort Toegangspoort { get; }

    public TrajectPoort TrajectPoort { get; }

    public static Task<DemoDataSet> ReadDemoDataAsync() => DemoDataSet.ReadAsync(AzuriteFixture.DemoDataPath, TestContext.Current.CancellationToken);

    /// <summary>Every row of every table, as partition/row → ETag: a second load must leave this exactly as it was.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SnapshotAsync()
    {
        var rows = new Dictionary<string, string>();
        foreach (var table in Names.Tables)
        {
            await foreach (var row in Clients.Table(table).QueryAsync<Azure.Data.Tables.TableEntity>(cancellationToken: TestContext.Current.CancellationToken))
            {
                rows[$"{table}/{row.PartitionKey}/{row.RowKey}"] = row.ETag.ToString();
            }
        }
        return rows;
    }
}
