using Microsoft.Azure.Functions.Worker;
using Regio.Platform.Audit;
using Regio.Platform.Jobs;
using Regio.Platform.Signalen;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Functions.Hosting.Worker;

/// <summary>
/// The time-driven jobs under the Functions host, one timer function each, named and scheduled as the job itself is
/// (the standalone app's <see cref="JobScheduler"/> reads the same schedules). The work is the job's, run by the same
/// <see cref="JobRunner"/> that a beheerder's "Nu starten" uses.
/// </summary>
public sealed class TimerFunctions(JobRunner runner)
{
    [Function(UploadCleanupJob.JobName)]
    public Task UploadCleanupAsync([TimerTrigger(UploadCleanupJob.JobSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        RunAsync(UploadCleanupJob.JobName, cancellationToken);

    [Function(AuditVerificationJob.JobName)]
    public Task AuditVerificationAsync([TimerTrigger(AuditVerificationJob.JobSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        RunAsync(AuditVerificationJob.JobName, cancellationToken);

    [Function(SignalJob.JobName)]
    public Task SignalsAsync([TimerTrigger(SignalJob.JobSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        RunAsync(SignalJob.JobName, cancellationToken);

    private Task<JobRun> RunAsync(string job, CancellationToken cancellationToken) =>
        runner.RunAsync(runner.Find(job) ?? throw new InvalidOperationException($"Geen taak {job} geregistreerd."), JobTrigger.Schema, cancellationToken);
}
