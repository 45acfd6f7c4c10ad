using Microsoft.Extensions.DependencyInjection;

namespace Regio.Platform.Trajecten.Toelatingen;

/// <summary>The open house's store, its gate and one class per use case.</summary>
public static class ToelatingServices
{
    public static IServiceCollection AddToelatingen(this IServiceCollection services)
    {
        services.AddSingleton<ToelatingStore>();
        services.AddSingleton<ToelatingPoort>();
        services.AddSingleton<Aanvraagwijziging>();
        services.AddSingleton<ToelatingenBekijken>();
        services.AddSingleton<Toelatingsaanvraag>();
        services.AddSingleton<ToelatingBeslissen>();
        services.AddSingleton<OvereenkomstVastleggen>();
        return services;
    }
}
