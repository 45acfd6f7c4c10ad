using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Regio.Platform.Storage;

namespace Regio.Platform.Jobs;

/// <summary>One row per run, newest first within the job's partition, so the page reads the last runs in one query.</summary>
public sealed class JobRunStore(StorageClients clients)
{
    private TableClient Table => clients.Table(Names.JobsTable);

    public async Task SaveAsync(JobRun run, CancellationToken cancellationToken)
    {
        var row = new TableEntity(run.Job, NewestFirst(run.Gestart) + "-" + Guid.NewGuid().ToString("N")[..8])
        {
            ["Gestart"] = run.Gestart,
            ["Klaar"] = run.Klaar,
            ["Door"] = run.Door,
            ["Status"] = run.Status.ToString(),
            ["Samenvatting"] = run.Samenvatting,
            ["Bijzonderheden"] = JsonSerializer.Serialize(run.Bijzonderheden),
            ["VraagtAandacht"] = run.VraagtAandacht,
        };
        await Table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<JobRun>> ListLatestAsync(string job, int count, CancellationToken cancellationToken)
    {
        var runs = new List<JobRun>();
        await foreach (var row in Table.QueryAsync<TableEntity>(r => r.PartitionKey == job, maxPerPage: count, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            runs.Add(new JobRun(
                job,
                row.GetDateTimeOffset("Gestart") ?? default,
                row.GetDateTimeOffset("Klaar") ?? default,
                row.GetString("Door") ?? "",
                Enum.TryParse<JobStatus>(row.GetString("Status"), out var status) ? status : JobStatus.Mislukt,
                row.GetString("Samenvatting") ?? "",
                JsonSerializer.Deserialize<string[]>(row.GetString("Bijzonderheden") ?? "[]") ?? [],
                row.GetBoolean("VraagtAandacht") ?? false));
            if (runs.Count == count)
            {
                break;
            }
        }
        return runs;
    }

    private static string NewestFirst(DateTimeOffset moment) =>
        (DateTimeOffset.MaxValue.UtcTicks - moment.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
}

public enum JobStatus
{
    Gedaan,
    Mislukt,

    /// <summary>Another run held the lock; nothing was done and nothing is stored.</summary>
    AlBezig,
}

public sealed record JobRun(
    string Job, DateTimeOffset Gestart, DateTimeOffset Klaar, string Door, JobStatus Status,
    string Samenvatting, IReadOnlyList<string> Bijzonderheden, bool VraagtAandacht);
