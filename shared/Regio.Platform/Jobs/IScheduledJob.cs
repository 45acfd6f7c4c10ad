namespace Regio.Platform.Jobs;

/// <summary>
/// Work that time drives (DESIGN: reminders and signals, cleanup, nightly verification). Under the Functions host a
/// timer function runs it on <see cref="Schedule"/>; standalone the app's own scheduler does, on the same schedule.
/// A beheerder can start it from the Achtergrondtaken page. Every job is idempotent: a second run changes nothing
/// that the first did, and <see cref="JobRunner"/> lets only one instance run it at a time.
/// </summary>
public interface IScheduledJob
{
    /// <summary>Stable id: the lock blob, the run rows, the route and the timer function are named after it.</summary>
    string Name { get; }

    /// <summary>What a beheerder reads on the page (Dutch).</summary>
    string Titel { get; }

    /// <summary>What the job does, in one Dutch sentence for the page.</summary>
    string Omschrijving { get; }

    /// <summary>NCRONTAB with seconds, in UTC, as a TimerTrigger takes it.</summary>
    string Schedule { get; }

    Task<JobOutcome> RunAsync(CancellationToken cancellationToken);
}

/// <summary>
/// What a run did, for people: one Dutch sentence, and the particulars worth reading (at most
/// <see cref="MaxBijzonderheden"/> are kept). <see cref="VraagtAandacht"/> marks an outcome somebody must look at,
/// such as a broken audit chain.
/// </summary>
public sealed record JobOutcome(string Samenvatting, IReadOnlyList<string> Bijzonderheden, bool VraagtAandacht = false)
{
    public const int MaxBijzonderheden = 50;

    public static JobOutcome Gedaan(string samenvatting, params IReadOnlyList<string> bijzonderheden) => new(samenvatting, bijzonderheden);
}
