using Microsoft.Extensions.DependencyInjection;

namespace Regio.Platform.Trajecten.Vragen;

/// <summary>The questions' store and one class per use case of the Nota van Inlichtingen.</summary>
public static class VragenServices
{
    public static IServiceCollection AddVragen(this IServiceCollection services)
    {
        services.AddSingleton<VraagStore>();
        services.AddSingleton<VragenBekijken>();
        services.AddSingleton<Vraagstelling>();
        services.AddSingleton<VraagBeantwoorden>();
        services.AddSingleton<NotaPublicatie>();
        return services;
    }
}
