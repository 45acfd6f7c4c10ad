using Azure.Data.Tables;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Tests;

namespace Regio.Platform.Tests.Storage;

/// <summary>The one write path: a change, its audit event and its projections together, or nothing; and never a 500 under a crowd.</summary>
public sealed class ChangeWriterTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Partitie = "regio|demo";

    private readonly TestStorage _storage = new(azurite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TableClient Table => _storage.Clients.Table(Names.TrajectenTable);

    public async ValueTask InitializeAsync() => await Table.CreateIfNotExistsAsync(Ct);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_change_is_written_with_its_audit_event_and_answers_the_new_version_of_each_row()
    {
        var keten = new AuditKeten(Partitie, "traject|a");

        var uitkomst = await ChangeWriter.WriteAsync(Table, keten, [Add("traject|a"), Add("traject|a|status")], Event("Traject aangemaakt"), Ct);

        var geschreven = Assert.IsType<WriteResult.Written>(uitkomst);
        var rij = await Table.GetEntityAsync<TableEntity>(Partitie, "traject|a", cancellationToken: Ct);
        Assert.Equal(rij.Value.ETag, geschreven.Versies[0]);
        Assert.Equal(2, geschreven.Versies.Count);
        Assert.Equal(["Traject aangemaakt"], (await AuditLog.ReadAsync(Table, keten, Ct)).Select(e => e.Actie));
    }

    [Fact]
    public async Task A_row_that_exists_already_is_a_conflict_on_that_row_and_writes_no_event()
    {
        var keten = new AuditKeten(Partitie, "traject|b");
        await ChangeWriter.WriteAsync(Table, keten, [Add("traject|b")], Event("Traject aangemaakt"), Ct);

        var uitkomst = await ChangeWriter.WriteAsync(Table, keten, [Add("traject|b|status"), Add("traject|b")], Event("Nog eens aangemaakt"), Ct);

        Assert.Equal(new WriteResult.Conflict(1, "traject|b", ConflictReden.BestaatAl), uitkomst);
        Assert.False((await Table.GetEntityIfExistsAsync<TableEntity>(Partitie, "traject|b|status", cancellationToken: Ct)).HasValue, "Nothing of a refused change may be written.");
        Assert.Single(await AuditLog.ReadAsync(Table, keten, Ct));
    }

    [Fact]
    public async Task A_row_replaced_with_a_version_that_is_no_longer_current_is_a_stale_conflict()
    {
        var keten = new AuditKeten(Partitie, "traject|c");
        var eerste = Assert.IsType<WriteResult.Written>(await ChangeWriter.WriteAsync(Table, keten, [Add("traject|c")], Event("Aangemaakt"), Ct)).Versies[0];
        await ChangeWriter.WriteAsync(Table, keten, [new(TableTransactionActionType.UpdateReplace, Row("traject|c"), eerste)], Event("Gewijzigd"), Ct);

        var uitkomst = await ChangeWriter.WriteAsync(Table, keten, [new(TableTransactionActionType.UpdateReplace, Row("traject|c"), eerste)], Event("Ook gewijzigd"), Ct);

        Assert.Equal(new WriteResult.Conflict(0, "traject|c", ConflictReden.Verouderd), uitkomst);
    }

    [Fact]
    public async Task A_property_over_the_table_storage_limit_is_rejected_and_nothing_is_written()
    {
        var keten = new AuditKeten(Partitie, "traject|d");
        var rij = Row("traject|d");
        rij["Tekst"] = new string('x', 40_000);
        rij["Meer"] = new string('y', 40_000);
        rij["Nog"] = new string('z', 40_000);
        rij["Veel"] = new byte[70_000];

        var uitkomst = await ChangeWriter.WriteAsync(Table, keten, [new(TableTransactionActionType.Add, rij)], Event("Te groot"), Ct);

        Assert.IsType<WriteResult.Rejected>(uitkomst);
        Assert.Empty(await AuditLog.ReadAsync(Table, keten, Ct));
    }

    [Fact]
    public async Task Fifty_writers_on_fifty_trajecten_of_one_partition_all_write_and_every_chain_verifies()
    {
        var uitkomsten = await Task.WhenAll(Enumerable.Range(1, 50).Select(i =>
            ChangeWriter.WriteAsync(Table, new AuditKeten(Partitie, $"traject|veel-{i}"), [Add($"traject|veel-{i}")], Event("Aangemaakt"), Ct)));

        Assert.All(uitkomsten, u => Assert.IsType<WriteResult.Written>(u));
        Assert.Null(await AuditControle.VerifyPartitionAsync(Table, Partitie, Ct));
    }

    [Fact]
    public async Task Thirty_writers_on_one_chain_each_get_written_or_busy_never_an_exception_and_the_chain_verifies()
    {
        var keten = new AuditKeten(Partitie, "traject|druk");

        var uitkomsten = await Task.WhenAll(Enumerable.Range(1, 30).Select(i =>
            ChangeWriter.WriteAsync(Table, keten, [Add($"traject|druk|vraag|{i}")], Event($"Vraag {i} gesteld"), Ct)));

        Assert.All(uitkomsten, u => Assert.True(u is WriteResult.Written or WriteResult.Busy, $"Expected written or busy, got {u}."));
        var geschreven = uitkomsten.Count(u => u is WriteResult.Written);
        Assert.Equal(geschreven, (await AuditLog.ReadAsync(Table, keten, Ct)).Count);
        Assert.True(geschreven >= 20, $"Retrying with backoff should get most of 30 writers through; {geschreven} got through.");
        Assert.Null(await AuditControle.VerifyPartitionAsync(Table, Partitie, Ct));
    }

    [Fact]
    public async Task Events_of_the_partition_chain_of_before_named_chains_stay_readable_and_verifiable()
    {
        var oud = AuditKeten.Partitieketen(Partitie);
        await ChangeWriter.WriteAsync(Table, oud, [Add("traject|oud")], Event("Aangemaakt vóór ketens per traject"), Ct);
        await ChangeWriter.WriteAsync(Table, new AuditKeten(Partitie, "traject|oud"), [], Event("Gewijzigd met een eigen keten"), Ct);

        var partitie = await AuditLog.ReadPartitionAsync(Table, Partitie, Ct);

        Assert.Equal(["Aangemaakt vóór ketens per traject", "Gewijzigd met een eigen keten"], partitie.Select(e => e.Actie));
        Assert.Single(await AuditLog.ReadAsync(Table, oud, Ct));
        Assert.Null(await AuditControle.VerifyPartitionAsync(Table, Partitie, Ct));
    }

    private static TableEntity Row(string rowKey) => new(Partitie, rowKey) { ["Naam"] = "demo" };

    private static TableTransactionAction Add(string rowKey) => new(TableTransactionActionType.Add, Row(rowKey));

    private AuditEvent Event(string actie) => new(_storage.Time.GetUtcNow(), "demo:test", actie, "traject:demo", null, null);
}
