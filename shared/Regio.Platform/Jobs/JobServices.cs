using Microsoft.Extensions.DependencyInjection;

namespace Regio.Platform.Jobs;

public static class JobServices
{
    /// <summary>The runner and its plumbing, and the use cases of the Achtergrondtaken page; each job registers itself as an <see cref="IScheduledJob"/>.</summary>
    public static IServiceCollection AddRegioJobs(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<JobLock>();
        services.AddSingleton<JobRunStore>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<JobsBekijken>();
        services.AddSingleton<JobStarten>();
        return services;
    }
}
