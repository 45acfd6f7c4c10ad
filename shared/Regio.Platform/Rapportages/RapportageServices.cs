using Microsoft.Extensions.DependencyInjection;

namespace Regio.Platform.Rapportages;

/// <summary>The letters' store, the sources of a month, their gate and one class per use case.</summary>
public static class RapportageServices
{
    public static IServiceCollection AddRapportages(this IServiceCollection services)
    {
        services.AddSingleton<RapportageStore>();
        services.AddSingleton<Maandbronnen>();
        services.AddSingleton<RapportagePoort>();
        services.AddSingleton<RapportagesBekijken>();
        services.AddSingleton<RapportageDownloaden>();
        services.AddSingleton<RapportageGenereren>();
        services.AddSingleton<RapportageBewerken>();
        services.AddSingleton<RapportageDefinitiefMaken>();
        return services;
    }
}
