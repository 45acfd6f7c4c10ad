using Microsoft.Extensions.DependencyInjection;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>The dialogue's store, its gate, its shared change and one class per use case.</summary>
public static class DialoogServices
{
    public static IServiceCollection AddDialogen(this IServiceCollection services)
    {
        services.AddSingleton<DialoogStore>();
        services.AddSingleton<DialoogPoort>();
        services.AddSingleton<Dialoogwijziging>();
        services.AddSingleton<DialoogBekijken>();
        services.AddSingleton<KandidatenBekijken>();
        services.AddSingleton<DeelnemerToevoegen>();
        services.AddSingleton<RondePlannen>();
        services.AddSingleton<SessieBekijken>();
        services.AddSingleton<SessiePlannen>();
        services.AddSingleton<VerslagVastleggen>();
        services.AddSingleton<DocumentDelen>();
        services.AddSingleton<DocumentOpenen>();
        return services;
    }
}
