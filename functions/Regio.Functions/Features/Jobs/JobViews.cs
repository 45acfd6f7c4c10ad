using Cronos;
using Regio.Platform.Jobs;

namespace Regio.Functions.Features.Jobs;

public sealed record JobView(string Naam, string Titel, string Omschrijving, string Schema, DateTimeOffset? VolgendeKeer, List<JobRunView> LaatsteKeren)
{
    public static JobView From(JobStand stand, DateTimeOffset nu) => new(
        stand.Job.Name, stand.Job.Titel, stand.Job.Omschrijving, stand.Job.Schedule, VolgendeNa(stand.Job, nu),
        stand.LaatsteRuns.Select(JobRunView.From).ToList());

    /// <summary>When the schedule runs the job next after <paramref name="na"/> (UTC schedules, as the timer trigger reads them).</summary>
    public static DateTimeOffset? VolgendeNa(IScheduledJob job, DateTimeOffset na) =>
        CronExpression.Parse(job.Schedule, CronFormat.IncludeSeconds).GetNextOccurrence(na, TimeZoneInfo.Utc);
}

public sealed record JobRunView(string Taak, DateTimeOffset Gestart, DateTimeOffset Klaar, string Door, string Status, string Samenvatting, IReadOnlyList<string> Bijzonderheden, bool VraagtAandacht)
{
    public static JobRunView From(JobRun run) =>
        new(run.Job, run.Gestart, run.Klaar, run.Door, run.Status.ToString(), run.Samenvatting, run.Bijzonderheden, run.VraagtAandacht);
}
