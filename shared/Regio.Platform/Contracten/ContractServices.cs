using Microsoft.Extensions.DependencyInjection;

namespace Regio.Platform.Contracten;

/// <summary>The contracts' store, their gate, the shared change and one class per use case.</summary>
public static class ContractServices
{
    public static IServiceCollection AddContracten(this IServiceCollection services)
    {
        services.AddSingleton<ContractStore>();
        services.AddSingleton<ContractPoort>();
        services.AddSingleton<Contractwijziging>();
        services.AddSingleton<ContractenBekijken>();
        services.AddSingleton<ContractBekijken>();
        services.AddSingleton<ContractstartVerplaatsen>();
        services.AddSingleton<ContractbedragVastleggen>();
        return services;
    }
}
