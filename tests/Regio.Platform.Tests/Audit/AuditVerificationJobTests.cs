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

    /// <summary>Haarlem's local traject Gewoon in de Wijk, as the demo creates it: its own chain in Haarlem's partition.</summary>
    private static readonly AuditKeten GewoonInDeWijk = new(Haarlem, "traject|gewoon-in-de-wijk");

    /// <summary>The members of Haarlem's organisation, as the demo adds them.</summary>
    private static readonly AuditKeten LedenHaarlem = new(OrganisatieHaarlem, "leden");

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
        await ChangeEventAsync(Names.TrajectenTable, GewoonInDeWijk, 1, "Actor", "iemand-anders");

        var outcome = await Job.RunAsync(Ct);

        Assert.True(outcome.VraagtAandacht, "A broken chain must ask for attention.");
        Assert.EndsWith("; 1 keten is verbroken.", outcome.Samenvatting, StringComparison.Ordinal);
        Assert.Equal(["Trajecten van gemeente haarlem, traject gewoon-in-de-wijk: gebeurtenis 1 is achteraf gewijzigd; de keten is vanaf daar verbroken."], outcome.Bijzonderheden);
    }

    [Fact]
    public async Task A_changed_after_state_is_reported_as_a_break_at_that_event()
    {
        await ChangeEventAsync(Names.OrganisatiesTable, LedenHaarlem, 3, "Na", """{"naam":"iets anders"}""");

        var outcome = await Job.RunAsync(Ct);

        Assert.Equal(["Organisatie haarlem (leden en toegang), leden: gebeurtenis 3 is achteraf gewijzigd; de keten is vanaf daar verbroken."], outcome.Bijzonderheden);
    }

    [Fact]
    public async Task A_deleted_event_is_reported_as_missing_at_its_number()
    {
        await Table(Names.OrganisatiesTable).DeleteEntityAsync(OrganisatieHaarlem, EventKey(LedenHaarlem, 1), cancellationToken: Ct);

        var outcome = await Job.RunAsync(Ct);

        Assert.True(outcome.VraagtAandacht, "A broken chain must ask for attention.");
        Assert.Equal(["Organisatie haarlem (leden en toegang), leden: gebeurtenis 1 ontbreekt; de keten is vanaf daar verbroken."], outcome.Bijzonderheden);
    }

    [Fact]
    public async Task A_deleted_last_event_is_reported_as_missing_at_the_end_of_the_chain()
    {
        var laatste = await LengthAsync(Names.OrganisatiesTable, LedenHaarlem);
        await Table(Names.OrganisatiesTable).DeleteEntityAsync(OrganisatieHaarlem, EventKey(LedenHaarlem, laatste), cancellationToken: Ct);

        var outcome = await Job.RunAsync(Ct);

        Assert.Equal(
            [$"Organisatie haarlem (leden en toegang), leden: de keten eindigt bij gebeurtenis {laatste - 1}, maar hoort door te lopen tot gebeurtenis {laatste}; de latere gebeurtenissen ontbreken."],
            outcome.Bijzonderheden);
    }

    [Fact]
    public async Task A_chain_whose_head_was_deleted_is_still_found_and_reported()
    {
        var lengte = await LengthAsync(Names.OrganisatiesTable, LedenHaarlem);
        await Table(Names.OrganisatiesTable).DeleteEntityAsync(OrganisatieHaarlem, "auditkop|leden", cancellationToken: Ct);

        var outcome = await Job.RunAsync(Ct);

        Assert.Equal(
            [$"Organisatie haarlem (leden en toegang), leden: de kop van de keten, die naar de laatste gebeurtenis wijst, ontbreekt; de keten telt {lengte} gebeurtenissen."],
            outcome.Bijzonderheden);
    }

    [Fact]
    public async Task A_break_is_logged_as_an_error_with_its_table_partition_and_event()
    {
        await ChangeEventAsync(Names.TrajectenTable, GewoonInDeWijk, 1, "Na", "{}");

        await Job.RunAsync(Ct);

        var error = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal((Names.TrajectenTable, GewoonInDeWijk.ToString(), 1L), ((string)error.Values["Tabel"]!, (string)error.Values["Keten"]!, (long)error.Values["Volgnummer"]!));
    }

    [Fact]
    public async Task A_break_is_counted_in_the_breaks_metric_by_table()
    {
        using var breaks = new CounterRecorder(Meters, AuditVerificationJob.MeterName, "regio.audit.breaks");
        await ChangeEventAsync(Names.TrajectenTable, GewoonInDeWijk, 1, "Actor", "iemand-anders");
        await Table(Names.OrganisatiesTable).DeleteEntityAsync(OrganisatieHaarlem, EventKey(LedenHaarlem, 2), cancellationToken: Ct);

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
        await ChangeEventAsync(Names.TrajectenTable, GewoonInDeWijk, 1, "Na", "{}");
        var before = await _storage.SnapshotAsync();

        var first = await Job.RunAsync(Ct);
        var second = await Job.RunAsync(Ct);

        Assert.Equal((first.Samenvatting, first.VraagtAandacht), (second.Samenvatting, second.VraagtAandacht));
        Assert.Equal(first.Bijzonderheden, second.Bijzonderheden);
        Assert.Equal(before, await _storage.SnapshotAsync());
    }

    /// <summary>Where event <paramref name="volgnummer"/> of a named chain is stored, written out here rather than taken from the audit code.</summary>
    private static string EventKey(AuditKeten keten, long volgnummer) => string.Create(CultureInfo.InvariantCulture, $"audit|{keten.Naam}~{volgnummer:D10}");

    private async Task<long> LengthAsync(string tabel, AuditKeten keten)
    {
        var lengte = 0L;
        await foreach (var _ in Table(tabel).QueryAsync<TableEntity>(
            r => r.PartitionKey == keten.Partitie && r.RowKey.CompareTo($"audit|{keten.Naam}~") > 0 && r.RowKey.CompareTo($"audit|{keten.Naam}~:") < 0, select: ["PartitionKey"], cancellationToken: Ct))
        {
            lengte++;
        }
        Assert.True(lengte > 2, $"The demo should give {keten} a few events.");
        return lengte;
    }

    private async Task ChangeEventAsync(string tabel, AuditKeten keten, int volgnummer, string veld, string waarde)
    {
        var row = (await Table(tabel).GetEntityAsync<TableEntity>(keten.Partitie, EventKey(keten, volgnummer), cancellationToken: Ct)).Value;
        row[veld] = waarde;
        await Table(tabel).UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, Ct);
    }

    /// <summary>The chains and events as the raw rows show them, without the audit code: event rows, and their chains (the key before '~').</summary>
    private async Task<(int Ketens, int Gebeurtenissen)> CountEventRowsAsync()
    {
        var ketens = new HashSet<string>();
        var gebeurtenissen = 0;
        foreach (var tabel in Names.Tables)
        {
            await foreach (var row in Table(tabel).QueryAsync<TableEntity>(r => r.RowKey.CompareTo("audit|") > 0 && r.RowKey.CompareTo("audit}") < 0, select: ["PartitionKey", "RowKey"], cancellationToken: Ct))
            {
                ketens.Add($"{tabel}/{row.PartitionKey}/{row.RowKey[..row.RowKey.LastIndexOf('~')]}");
                gebeurtenissen++;
            }
        }
        Assert.True(ketens.Count > 1, "The demo data should hold several audit chains.");
        return (ketens.Count, gebeurtenissen);
    }
}
