using Microsoft.Extensions.DependencyInjection;
using Regio.Platform.Organisaties.Uitnodigingen;

namespace Regio.Platform.Organisaties;

/// <summary>The register of organisations and their members, and one class per use case.</summary>
public static class OrganisatieServices
{
    public static IServiceCollection AddOrganisaties(this IServiceCollection services)
    {
        services.AddSingleton<OrganisatieStore>();
        services.AddSingleton<OrganisatiesBekijken>();
        services.AddSingleton<OrganisatieRegistreren>();
        services.AddSingleton<OrganisatieBekijken>();
        services.AddSingleton<RollenToekennen>();
        services.AddSingleton<AanbiederZelfregistreren>();
        services.AddSingleton<AanbiederBevestigen>();
        services.AddSingleton<UitnodigingVersturen>();
        services.AddSingleton<UitnodigingenBekijken>();
        services.AddSingleton<UitnodigingIntrekken>();
        services.AddSingleton<UitnodigingBinden>();
        return services;
    }
}
