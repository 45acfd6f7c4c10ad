using Cronos;
using Regio.Platform.Jobs;

namespace Regio.Functions.Hosting;

/// <summary>
/// On its own (dotnet run) the app runs the background jobs on the schedules that the timer functions have under the
/// Functions host, so that development behaves like Azure. Tests turn it off (Jobs:OpSchema) and start jobs themselves.
/// </summary>
public sealed partial class JobScheduler(JobRunner runner, TimeProvider time, ILogger<JobScheduler> logger) : BackgroundService
{
    public const string OnScheduleSetting = "Jobs:OpSchema";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(runner.Jobs.Select(job => RunOnScheduleAsync(job, stoppingToken)));

    private async Task RunOnScheduleAsync(IScheduledJob job, CancellationToken stoppingToken)
    {
        var schedule = CronExpression.Parse(job.Schedule, CronFormat.IncludeSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (schedule.GetNextOccurrence(now, TimeZoneInfo.Utc) is not { } next)
            {
                return;
            }
            LogNext(logger, job.Name, next);
            await Task.Delay(next - now, time, stoppingToken);
            try
            {
                await runner.RunAsync(job, JobTrigger.Schema, stoppingToken);
            }
            // Storage may be unreachable when the lock is taken; the next occurrence tries again, as a timer would.
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, job.Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Taak {Job} loopt weer op {Volgende}")]
    private static partial void LogNext(ILogger logger, string job, DateTimeOffset volgende);

    [LoggerMessage(Level = LogLevel.Error, Message = "Taak {Job} kon niet starten; de volgende keer opnieuw")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job);
}

public static class JobSchedulerServices
{
    public static IServiceCollection AddJobScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue(JobScheduler.OnScheduleSetting, defaultValue: true))
        {
            services.AddHostedService<JobScheduler>();
        }
        return services;
    }
}
