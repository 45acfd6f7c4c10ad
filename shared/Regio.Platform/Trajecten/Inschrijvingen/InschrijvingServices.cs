using Microsoft.Extensions.DependencyInjection;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>The sealed submissions' stores, their gate and one class per use case.</summary>
public static class InschrijvingServices
{
    public static IServiceCollection AddInschrijvingen(this IServiceCollection services)
    {
        services.AddSingleton<InschrijvingStore>();
        services.AddSingleton<InschrijvingBlobs>();
        services.AddSingleton<Uploadregister>();
        services.AddSingleton<InschrijvingPoort>();
        services.AddSingleton<OpeningInDossier>();
        services.AddSingleton<InschrijvingenBekijken>();
        services.AddSingleton<Momentvaststelling>();
        services.AddSingleton<UploadMachtigen>();
        services.AddSingleton<InschrijvingIndienen>();
        services.AddSingleton<InschrijvingIntrekken>();
        services.AddSingleton<OntvangstbevestigingLezen>();
        services.AddSingleton<EigenGeschiedenis>();
        services.AddSingleton<VierOgenOpening>();
        services.AddSingleton<GeopendeInschrijvingen>();
        return services;
    }
}
