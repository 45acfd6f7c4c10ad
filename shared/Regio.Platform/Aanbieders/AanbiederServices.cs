using Microsoft.Extensions.DependencyInjection;

namespace Regio.Platform.Aanbieders;

/// <summary>The registrations' store, for whom an aanbieder acts, the gates and one class per use case.</summary>
public static class AanbiederServices
{
    public static IServiceCollection AddAanbieders(this IServiceCollection services)
    {
        services.AddSingleton<AanmeldingStore>();
        services.AddSingleton<Inschrijvers>();
        services.AddSingleton<Aanmeldpoort>();
        services.AddSingleton<Combinatiepoort>();
        services.AddSingleton<Combinatiewijziging>();
        services.AddSingleton<AanmeldingenBekijken>();
        services.AddSingleton<EigenAanmeldingenBekijken>();
        services.AddSingleton<AanbiedersZoeken>();
        services.AddSingleton<AlleenAanmelden>();
        services.AddSingleton<CombinatieOprichten>();
        services.AddSingleton<CombinatieBekijken>();
        services.AddSingleton<LidUitnodigen>();
        services.AddSingleton<LidVerwijderen>();
        services.AddSingleton<DeelnameBevestigen>();
        services.AddSingleton<UitnodigingAfwijzen>();
        services.AddSingleton<VerklaringenAfgeven>();
        return services;
    }
}
