using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Regio.Platform.Jobs;

/// <summary>
/// Runs a job the same way whoever starts it (timer function, standalone scheduler, beheerder): under its lock,
/// logged, counted, and with its outcome stored for the Achtergrondtaken page.
/// </summary>
public sealed partial class JobRunner(
    IEnumerable<IScheduledJob> jobs, JobLock locks, JobRunStore runs, TimeProvider time, IMeterFactory meters, ILogger<JobRunner> logger)
{
    public const string MeterName = "Regio.Jobs";

    private readonly Counter<long> _runs = meters.Create(MeterName).CreateCounter<long>("regio.jobs.runs", description: "Runs of background jobs by job and status");

    public IReadOnlyList<IScheduledJob> Jobs { get; } = [.. jobs.OrderBy(j => j.Name, StringComparer.Ordinal)];

    public IScheduledJob? Find(string name) => Jobs.FirstOrDefault(j => j.Name == name);

    public async Task<JobRun> RunAsync(IScheduledJob job, JobTrigger trigger, CancellationToken cancellationToken)
    {
        var gestart = time.GetUtcNow();
        await using var held = await locks.TryAcquireAsync(job.Name, cancellationToken).ConfigureAwait(false);
        if (held is null)
        {
            LogBusy(logger, job.Name);
            Count(job, JobStatus.AlBezig);
            return new JobRun(job.Name, gestart, gestart, trigger.Door, JobStatus.AlBezig, "Deze taak loopt al; er is niets dubbel gedaan.", [], false);
        }

        var stopwatch = Stopwatch.StartNew();
        JobRun run;
        try
        {
            var outcome = await job.RunAsync(cancellationToken).ConfigureAwait(false);
            run = new JobRun(job.Name, gestart, time.GetUtcNow(), trigger.Door, JobStatus.Gedaan, outcome.Samenvatting,
                [.. outcome.Bijzonderheden.Take(JobOutcome.MaxBijzonderheden)], outcome.VraagtAandacht);
            if (outcome.VraagtAandacht)
            {
                LogNeedsAttention(logger, job.Name, trigger.Door, outcome.Samenvatting, stopwatch.Elapsed);
            }
            else
            {
                LogDone(logger, job.Name, trigger.Door, outcome.Samenvatting, stopwatch.Elapsed);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A job runs outside any request: its failure is logged and stored here, and the next run tries again.
            LogFailed(logger, e, job.Name, trigger.Door);
            run = new JobRun(job.Name, gestart, time.GetUtcNow(), trigger.Door, JobStatus.Mislukt,
                "De taak is mislukt en wordt bij de volgende keer opnieuw gedaan. Er is niets half achtergebleven.", [], true);
        }
        Count(job, run.Status);
        try
        {
            await runs.SaveAsync(run, cancellationToken).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException e)
        {
            LogNotStored(logger, e, job.Name);
        }
        return run;
    }

    private void Count(IScheduledJob job, JobStatus status) =>
        _runs.Add(1, new KeyValuePair<string, object?>("job", job.Name), new KeyValuePair<string, object?>("status", status.ToString()));

    [LoggerMessage(Level = LogLevel.Information, Message = "Taak {Job} (gestart door {Door}) klaar in {Duur}: {Samenvatting}")]
    private static partial void LogDone(ILogger logger, string job, string door, string samenvatting, TimeSpan duur);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Taak {Job} (gestart door {Door}) klaar in {Duur} en vraagt aandacht: {Samenvatting}")]
    private static partial void LogNeedsAttention(ILogger logger, string job, string door, string samenvatting, TimeSpan duur);

    [LoggerMessage(Level = LogLevel.Information, Message = "Taak {Job} loopt al elders; deze keer overgeslagen")]
    private static partial void LogBusy(ILogger logger, string job);

    [LoggerMessage(Level = LogLevel.Error, Message = "Taak {Job} (gestart door {Door}) mislukt")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job, string door);

    [LoggerMessage(Level = LogLevel.Error, Message = "Uitkomst van taak {Job} niet opgeslagen")]
    private static partial void LogNotStored(ILogger logger, Exception exception, string job);
}
