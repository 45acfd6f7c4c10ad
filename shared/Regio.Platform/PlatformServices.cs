using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Regio.Platform.Aanbieders;
using Regio.Platform.Budgetten;
using Regio.Platform.Contracten;
using Regio.Platform.Demo;
using Regio.Platform.Health;
using Regio.Platform.Jobs;
using Regio.Platform.Organisaties;
using Regio.Platform.Rapportages;
using Regio.Platform.Toegang;
using Regio.Platform.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten;
using Regio.Platform.Trajecten.Beoordelingen;
using Regio.Platform.Trajecten.Dialogen;
using Regio.Platform.Trajecten.Gunningen;
using Regio.Platform.Trajecten.Inschrijvingen;
using Regio.Platform.Trajecten.Stukken;
using Regio.Platform.Trajecten.Toelatingen;
using Regio.Platform.Trajecten.Vragen;

namespace Regio.Platform;

public static class PlatformServices
{
    public static IServiceCollection AddRegioPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StorageClients>();
        services.AddSingleton<StorageInitializer>();
        services.AddSingleton<StorageHealth>();
        services.AddRegios();
        services.AddTrajecten();
        services.AddVragen();
        services.AddStukken();
        services.AddDialogen();
        services.AddToelatingen();
        services.AddInschrijvingen();
        services.AddBeoordelingen();
        services.AddGunningen();
        services.AddContracten();
        services.AddAanbieders();
        services.AddBudgetten();
        services.AddSingleton<RegioOverzichtQuery>();
        services.AddSingleton<Regiostatus.Statusprojectie>();
        services.AddSingleton<Regiostatus.IContractbron, Regiostatus.ContractRijenbron>();
        services.AddSingleton<Regiostatus.RegiostatusQuery>();
        services.AddSingleton<OpenData.OcdsQuery>();
        services.AddRapportages();
        services.AddSingleton<DemoDataLoader>();
        services.AddOrganisaties();
        services.AddSingleton<ActorResolver>();
        services.AddSingleton<Toegangslog>();
        services.AddSingleton<Toegangspoort>();
        services.AddSingleton<Signalen.SignaalStore>();
        services.AddSingleton<Signalen.Signaalbron>();
        services.AddSingleton<Signalen.SignalenQuery>();
        services.AddSingleton<IScheduledJob, Signalen.SignalJob>();
        services.AddRegioJobs();
        services.AddSingleton<IScheduledJob, Audit.AuditVerificationJob>();
        services.AddSingleton<IScheduledJob, Trajecten.Inschrijvingen.UploadCleanupJob>();
        return services;
    }
}
