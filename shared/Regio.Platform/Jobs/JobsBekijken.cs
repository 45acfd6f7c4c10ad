using Regio.Platform.Toegang;

namespace Regio.Platform.Jobs;

/// <summary>A job with its last runs, newest first.</summary>
public sealed record JobStand(IScheduledJob Job, IReadOnlyList<JobRun> LaatsteRuns);

/// <summary>The Achtergrondtaken page: each job with its last runs, for the platform beheerder.</summary>
public sealed class JobsBekijken(JobRunner runner, JobRunStore runs)
{
    public const int LaatsteRuns = 5;

    public async Task<Uitkomst<IReadOnlyList<JobStand>>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (JobPoort.Check<IReadOnlyList<JobStand>>(actor) is { } weigering)
        {
            return weigering;
        }
        var standen = new List<JobStand>();
        foreach (var job in runner.Jobs)
        {
            standen.Add(new JobStand(job, await runs.ListLatestAsync(job.Name, LaatsteRuns, cancellationToken).ConfigureAwait(false)));
        }
        return standen;
    }
}
