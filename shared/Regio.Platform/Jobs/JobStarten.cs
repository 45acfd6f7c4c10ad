using Regio.Platform.Toegang;

namespace Regio.Platform.Jobs;

/// <summary>
/// The platform beheerder starts a job now, outside its schedule. A job that is running already is not started twice
/// (409, code AlBezig).
/// </summary>
public sealed class JobStarten(JobRunner runner)
{
    public async Task<Uitkomst<JobRun>> StartAsync(Actor actor, string naam, CancellationToken cancellationToken)
    {
        if (JobPoort.Check<JobRun>(actor) is { } weigering)
        {
            return weigering;
        }
        if (runner.Find(naam) is not { } job)
        {
            return new Uitkomst<JobRun>.NietGevonden();
        }
        var run = await runner.RunAsync(job, JobTrigger.Beheerder(actor.Naam), cancellationToken).ConfigureAwait(false);
        return run.Status == JobStatus.AlBezig
            ? new Uitkomst<JobRun>.Conflict(run.Samenvatting, Code: nameof(JobStatus.AlBezig))
            : run;
    }
}
