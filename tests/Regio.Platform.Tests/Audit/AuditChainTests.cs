using Azure.Data.Tables;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Audit;

public class AuditChainTests(AzuriteFixture azurite)
{
    private readonly TestStorage _storage = new(azurite);

    private TableClient Trajecten => _storage.Clients.Table(Names.TrajectenTable);

    private const string Haarlem = "gemeente|haarlem";

    [Fact]
    public async Task Each_added_traject_starts_its_own_audit_chain_in_its_owners_partition()
    {
        await _storage.Demo.LoadAsync(await TestStorage.ReadDemoDataAsync(), TestContext.Current.CancellationToken);

        var events = await AuditLog.ReadPartitionAsync(Trajecten, Haarlem, TestContext.Current.CancellationToken);
        var eigen = await AuditLog.ReadAsync(Trajecten, new AuditKeten(Haarlem, "traject|gewoon-in-de-wijk"), TestContext.Current.CancellationToken);

        Assert.Equal(["traject:gewoon-in-de-wijk", "traject:huishoudelijke-ondersteuning-2022"], events.Select(e => e.Onderwerp).Order(StringComparer.Ordinal));
        Assert.Equal(["traject:gewoon-in-de-wijk"], eigen.Select(e => e.Onderwerp));
        Assert.All(events, e => Assert.Equal("systeem:demo-import", e.Actor));
        Assert.Null(await AuditControle.VerifyPartitionAsync(Trajecten, Haarlem, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_audit_event_changed_afterwards_is_reported_as_a_broken_link()
    {
        await _storage.Demo.LoadAsync(await TestStorage.ReadDemoDataAsync(), TestContext.Current.CancellationToken);
        var first = await Trajecten.GetEntityAsync<TableEntity>(Haarlem, "audit|traject|gewoon-in-de-wijk~0000000001", cancellationToken: TestContext.Current.CancellationToken);
        first.Value["Actor"] = "iemand-anders";
        await Trajecten.UpdateEntityAsync(first.Value, first.Value.ETag, cancellationToken: TestContext.Current.CancellationToken);

        var fout = await AuditControle.VerifyPartitionAsync(Trajecten, Haarlem, TestContext.Current.CancellationToken);

        Assert.Equal("De keten van gemeente|haarlem / traject|gewoon-in-de-wijk is verbroken bij gebeurtenis 1.", fout);
    }

    [Fact]
    public async Task A_deleted_audit_event_is_reported_as_missing()
    {
        await _storage.Demo.LoadAsync(await TestStorage.ReadDemoDataAsync(), TestContext.Current.CancellationToken);
        await Trajecten.DeleteEntityAsync(Haarlem, "audit|traject|gewoon-in-de-wijk~0000000001", cancellationToken: TestContext.Current.CancellationToken);

        var fout = await AuditControle.VerifyPartitionAsync(Trajecten, Haarlem, TestContext.Current.CancellationToken);

        Assert.Equal("De kop van de keten van gemeente|haarlem / traject|gewoon-in-de-wijk wijst naar gebeurtenis 1, de laatste is 0.", fout);
    }

    [Fact]
    public async Task Traject_partition_key_starts_with_the_owner_scope()
    {
        var data = await TestStorage.ReadDemoDataAsync();
        await _storage.Demo.LoadAsync(data, TestContext.Current.CancellationToken);

        var rows = Trajecten.QueryAsync<TableEntity>(e => e.RowKey.CompareTo("traject|") > 0 && e.RowKey.CompareTo("traject}") < 0, cancellationToken: TestContext.Current.CancellationToken);
        var keys = new List<string>();
        await foreach (var row in rows)
        {
            if (row.RowKey.EndsWith("|kop", StringComparison.Ordinal))
            {
                keys.Add($"{row.PartitionKey} {row.RowKey}");
            }
        }

        Assert.Equal(
            ["gemeente|haarlem traject|gewoon-in-de-wijk|kop", "gemeente|haarlem traject|huishoudelijke-ondersteuning-2022|kop", "regio|zk-ijmond traject|jeugdhulp-2023|kop"],
            keys.Order(StringComparer.Ordinal));
        Assert.Equal("regio|zk-ijmond", TrajectStore.PartitionKey(new Domain.Trajecten.Eigenaar.DeRegio(new Domain.Regios.RegioId("zk-ijmond"))));
    }
}
