using Microsoft.Extensions.DependencyInjection;

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
        return services;
    }
}
