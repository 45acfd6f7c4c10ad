using Microsoft.Extensions.DependencyInjection;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>The gunning's stores, its gate and one class per use case.</summary>
public static class GunningServices
{
    public static IServiceCollection AddGunningen(this IServiceCollection services)
    {
        services.AddSingleton<GunningStore>();
        services.AddSingleton<GunningBlobs>();
        services.AddSingleton<GunningPoort>();
        services.AddSingleton<Partijen>();
        services.AddSingleton<Bezwaarschrijver>();
        services.AddSingleton<GunningBekijken>();
        services.AddSingleton<BesluitOpstellen>();
        services.AddSingleton<ConceptbrievenBekijken>();
        services.AddSingleton<BrievenVerzenden>();
        services.AddSingleton<BriefLezen>();
        services.AddSingleton<Bezwaarindiening>();
        services.AddSingleton<Bezwaarafhandeling>();
        services.AddSingleton<DefinitieveGunning>();
        services.AddSingleton<ProcesVerbaalOpmaken>();
        services.AddSingleton<AankondigingOpmaken>();
        return services;
    }
}
