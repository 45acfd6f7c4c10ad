using Microsoft.Extensions.DependencyInjection;

namespace Regio.Platform.Regios;

/// <summary>The regio's and their members: the store and one class per use case.</summary>
public static class RegioServices
{
    public static IServiceCollection AddRegios(this IServiceCollection services)
    {
        services.AddSingleton<RegioStore>();
        services.AddSingleton<RegiosBekijken>();
        services.AddSingleton<RegioBekijken>();
        services.AddSingleton<RegioOnboarden>();
        services.AddSingleton<RegioWijzigen>();
        services.AddSingleton<Werkgebied>();
        return services;
    }
}
