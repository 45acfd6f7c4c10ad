using Microsoft.Extensions.DependencyInjection;

namespace Regio.Platform.Trajecten.Stukken;

/// <summary>The documents' store and one class per use case.</summary>
public static class StukkenServices
{
    public static IServiceCollection AddStukken(this IServiceCollection services)
    {
        services.AddSingleton<StukStore>();
        services.AddSingleton<StukkenBekijken>();
        services.AddSingleton<StukLezen>();
        services.AddSingleton<StukPublicatie>();
        return services;
    }
}
