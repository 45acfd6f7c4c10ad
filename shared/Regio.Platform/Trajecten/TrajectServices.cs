using Microsoft.Extensions.DependencyInjection;

namespace Regio.Platform.Trajecten;

/// <summary>The traject's store, its gate and one class per use case.</summary>
public static class TrajectServices
{
    public static IServiceCollection AddTrajecten(this IServiceCollection services)
    {
        services.AddSingleton<TrajectStore>();
        services.AddSingleton<TrajectPoort>();
        services.AddSingleton<Trajectopslag>();
        services.AddSingleton<TrajectenBekijken>();
        services.AddSingleton<TrajectBekijken>();
        services.AddSingleton<TrajectAanmaken>();
        services.AddSingleton<TrajectWijzigen>();
        services.AddSingleton<PerceelToevoegen>();
        services.AddSingleton<FaseWijzigen>();
        services.AddSingleton<DossierVastleggen>();
        services.AddSingleton<MijlpalenPlannen>();
        services.AddSingleton<TrajectGeschiedenis>();
        return services;
    }
}
