using Regio.Platform.Toegang;

namespace Regio.Platform.Jobs;

/// <summary>The Achtergrondtaken page's use cases: each job with its last runs, and starting one now (platform beheerder only).</summary>
public sealed class JobsBeheer(JobRunner runner, JobRunStore runs)
{
    public const int LaatsteRuns = 5;

    public async Task<Uitkomst<IReadOnlyList<JobStand>>> OverzichtAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (Weigering<IReadOnlyList<JobStand>>(actor) is { } weigering)
        {
            return weigering;
        }
        var standen = new List<JobStand>();
        foreach (var job in runner.Jobs)
        {
            standen.Add(new JobStand(job, await runs.LatestAsync(job.Name, LaatsteRuns, cancellationToken).ConfigureAwait(false)));
        }
        return standen;
    }

    public async Task<Uitkomst<JobRun>> StartAsync(Actor actor, string naam, CancellationToken cancellationToken)
    {
        if (Weigering<JobRun>(actor) is { } weigering)
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

    private static Uitkomst<T>? Weigering<T>(Actor actor) => actor.Organisatie is { } organisatie
        ? AccessPolicy.Beslis(actor, Actie.AchtergrondtakenBeheren, organisatie.Id) switch
        {
            Besluit.Toegestaan => null,
            Besluit.Geweigerd g => new Uitkomst<T>.Geweigerd(g.Reden),
            _ => new Uitkomst<T>.NietGevonden(),
        }
        : new Uitkomst<T>.NietGevonden();
}

public sealed record JobStand(IScheduledJob Job, IReadOnlyList<JobRun> LaatsteRuns);
