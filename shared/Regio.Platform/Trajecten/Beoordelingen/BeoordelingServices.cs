using Microsoft.Extensions.DependencyInjection;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>The beoordeling's store and reader, its gate, its shared change and one class per use case.</summary>
public static class BeoordelingServices
{
    public static IServiceCollection AddBeoordelingen(this IServiceCollection services)
    {
        services.AddSingleton<BeoordelingStore>();
        services.AddSingleton<BeoordelingLezer>();
        services.AddSingleton<BeoordelingPoort>();
        services.AddSingleton<Beoordelingswijziging>();
        services.AddSingleton<Commissiekandidaten>();
        services.AddSingleton<BeoordelingBekijken>();
        services.AddSingleton<UitslagBekijken>();
        services.AddSingleton<CriteriaBekijken>();
        services.AddSingleton<CriteriaVaststellen>();
        services.AddSingleton<CommissieSamenstellen>();
        services.AddSingleton<VerstrengelingMelden>();
        services.AddSingleton<GeldigheidVaststellen>();
        services.AddSingleton<ScoresIndienen>();
        services.AddSingleton<ScoresBekijken>();
        services.AddSingleton<ConsensusVastleggen>();
        return services;
    }
}
