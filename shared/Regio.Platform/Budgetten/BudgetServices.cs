using Microsoft.Extensions.DependencyInjection;

namespace Regio.Platform.Budgetten;

/// <summary>The stores of budgets and verdelingen, their gates and one class per use case.</summary>
public static class BudgetServices
{
    public static IServiceCollection AddBudgetten(this IServiceCollection services)
    {
        services.AddSingleton<BudgetStore>();
        services.AddSingleton<VerdelingStore>();
        services.AddSingleton<BudgetPoort>();
        services.AddSingleton<VerdelingPoort>();
        services.AddSingleton<BudgetBekijken>();
        services.AddSingleton<BudgetExporteren>();
        services.AddSingleton<ImportVoorvertonen>();
        services.AddSingleton<ImportToepassen>();
        services.AddSingleton<BudgetVaststellen>();
        services.AddSingleton<BudgetregelWijzigen>();
        services.AddSingleton<DekkingKiezen>();
        services.AddSingleton<LokaleKeuzesBekijken>();
        services.AddSingleton<GedeeldeKeuzesBekijken>();
        services.AddSingleton<LokaleKeuzeVastleggen>();
        services.AddSingleton<VerdelingBekijken>();
        services.AddSingleton<VerdelingVastleggen>();
        return services;
    }
}
