using System.Diagnostics.Metrics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Tests;

namespace Regio.Platform.Tests.Audit;

/// <summary>The nightly check over the demo region's chains, whole and tampered with directly in the tables.</summary>
public sealed class AuditVerificationJobTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Haarlem = "gemeente|haarlem";
    private const string OrganisatieHaarlem = "organisatie|haarlem";

    private readonly TestStorage _storage = new(azurite);
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly CollectingLogger<AuditVerificationJob> _logger = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    private AuditVerificationJob Job => new(_storage.Clients, Meters, _logger);

    private TableClient Table(string naam) => _storage.Clients.Table(naam);

    public async ValueTask InitializeAsync() => await _storage.Demo.LoadAsync(await TestStorage.ReadDemoDataAsync(), Ct);

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Every_demo_chain_is_reported_whole_with_the_number_of_chains_and_events()
    {
        var (ketens, gebeurtenissen) = await CountEventRowsAsync();

        var outcome = await Job.RunAsync(Ct);

        Assert.Equal(
            string.Create(CultureInfo.GetCultureInfo("nl-NL"), $"{ketens} auditketens met {gebeurtenissen:N0} gebeurtenissen gecontroleerd; alle ketens zijn heel."),
            outcome.Samenvatting);
        Assert.False(outcome.VraagtAandacht, "Whole chains must not ask for attention.");
        Assert.Empty(outcome.Bijzonderheden);
    }

    [Fact]
    public async Task A_changed_actor_is_reported_as_a_break_at_that_event()
    {
        await ChangeEventAsync(Names.TrajectenTable, Haarlem, 1, "Actor", "iemand-anders");

        var outcome = await Job.RunAsync(Ct);

        Assert.True(outcome.VraagtAandacht, "A broken chain must ask for attention.");
        Assert.EndsWith("; 1 keten is verbroken.", outcome.Samenvatting, StringComparison.Ordinal);
        Assert.Equal(["Trajecten van gemeente haarlem: gebeurtenis 1 is achteraf gewijzigd; de keten is vanaf daar verbroken."], outcome.Bijzonderheden);
    }

    [Fact]
    public async Task A_changed_after_state_is_reported_as_a_break_at_that_event()
    {
        await ChangeEventAsync(Names.OrganisatiesTable, OrganisatieHaarlem, 3, "Na", """{"naam":"iets anders"}""");

        var outcome = await Job.RunAsync(Ct);

        Assert.Equal(["Organisatie haarlem (leden en toegang): gebeurtenis 3 is achteraf gewijzigd; de keten is vanaf daar verbroken."], outcome.Bijzonderheden);
    }

    [Fact]
    public async Task A_deleted_event_is_reported_as_missing_at_its_number()
    {
        await Table(Names.TrajectenTable).DeleteEntityAsync(Haarlem, "audit|0000000001", cancellationToken: Ct);

        var outcome = await Job.RunAsync(Ct);

        Assert.True(outcome.VraagtAandacht, "A broken chain must ask for attention.");
        Assert.Equal(["Trajecten van gemeente haarlem: gebeurtenis 1 ontbreekt; de keten is vanaf daar verbroken."], outcome.Bijzonderheden);
    }

    [Fact]
    public async Task A_deleted_last_event_is_reported_as_missing_at_the_end_of_the_chain()
    {
        await Table(Names.OrganisatiesTable).DeleteEntityAsync(OrganisatieHaarlem, "audit|0000000008", cancellationToken: Ct);

        var outcome = await Job.RunAsync(Ct);

        Assert.Equal(
            ["Organisatie haarlem (leden en toegang): de keten eindigt bij gebeurtenis 7, maar hoort door te lopen tot gebeurtenis 8; de latere gebeurtenissen ontbreken."],
            outcome.Bijzonderheden);
    }

    [Fact]
    public async Task A_chain_whose_head_was_deleted_is_still_found_and_reported()
    {
        await Table(Names.OrganisatiesTable).DeleteEntityAsync(OrganisatieHaarlem, "auditkop", cancellationToken: Ct);

        var outcome = await Job.RunAsync(Ct);

        Assert.Equal(
            ["Organisatie haarlem (leden en toegang): de kop van de keten, die naar de laatste gebeurtenis wijst, ontbreekt; de keten telt 8 gebeurtenissen."],
            outcome.Bijzonderheden);
    }

    [Fact]
    public async Task A_break_is_logged_as_an_error_with_its_table_partition_and_event()
    {
        await ChangeEventAsync(Names.TrajectenTable, Haarlem, 2, "Na", "{}");

        await Job.RunAsync(Ct);

        var error = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal((Names.TrajectenTable, Haarlem, 2L), ((string)error.Values["Tabel"]!, (string)error.Values["Partitie"]!, (long)error.Values["Volgnummer"]!));
    }

    [Fact]
    public async Task A_break_is_counted_in_the_breaks_metric_by_table()
    {
        using var breaks = new CounterRecorder(Meters, AuditVerificationJob.MeterName, "regio.audit.breaks");
        await ChangeEventAsync(Names.TrajectenTable, Haarlem, 2, "Actor", "iemand-anders");
        await Table(Names.OrganisatiesTable).DeleteEntityAsync(OrganisatieHaarlem, "audit|0000000004", cancellationToken: Ct);

        await Job.RunAsync(Ct);

        Assert.Equal(
            [(1L, Names.OrganisatiesTable), (1L, Names.TrajectenTable)],
            breaks.Measurements.Select(m => (m.Value, (string)m.Tags["table"]!)).OrderBy(m => m.Item2, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_verified_chain_is_counted_and_whole_chains_log_no_error()
    {
        using var chains = new CounterRecorder(Meters, AuditVerificationJob.MeterName, "regio.audit.chains.verified");
        var (ketens, _) = await CountEventRowsAsync();

        await Job.RunAsync(Ct);

        Assert.Equal(ketens, chains.Measurements.Sum(m => m.Value));
        Assert.DoesNotContain(_logger.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_second_run_gives_the_same_outcome_and_changes_no_row()
    {
        await ChangeEventAsync(Names.TrajectenTable, Haarlem, 1, "Na", "{}");
        var before = await _storage.SnapshotAsync();

        var first = await Job.RunAsync(Ct);
        var second = await Job.RunAsync(Ct);

        Assert.Equal((first.Samenvatting, first.VraagtAandacht), (second.Samenvatting, second.VraagtAandacht));
        Assert.Equal(first.Bijzonderheden, second.Bijzonderheden);
        Assert.Equal(before, await _storage.SnapshotAsync());
    }

    private async Task ChangeEventAsync(string tabel, string partitie, int volgnummer, string veld, string waarde)
    {
        var row = (await Table(tabel).GetEntityAsync<TableEntity>(partitie, $"audit|{volgnummer:D10}", cancellationToken: Ct)).Value;
        row[veld] = waarde;
        await Table(tabel).UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, Ct);
    }

    /// <summary>The chains and events as the raw rows show them, without the audit code: partitions with event rows, and those rows.</summary>
    private async Task<(int Ketens, int Gebeurtenissen)> CountEventRowsAsync()
    {
        var ketens = new HashSet<string>();
        var gebeurtenissen = 0;
        foreach (var tabel in Names.Tables)
        {
            await foreach (var row in Table(tabel).QueryAsync<TableEntity>(r => r.RowKey.CompareTo("audit|") > 0 && r.RowKey.CompareTo("audit}") < 0, select: ["PartitionKey"], cancellationToken: Ct))
            {
                ketens.Add($"{tabel}/{row.PartitionKey}");
                gebeurtenissen++;
            }
        }
        Assert.True(ketens.Count > 1, "The demo data should hold several audit chains.");
        return (ketens.Count, gebeurtenissen);
    }
}
