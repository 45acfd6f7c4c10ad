using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Regio.Platform.Storage;

namespace Regio.Functions.Hosting;

public static class HostingServices
{
    public static IServiceCollection AddRegioHosting(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<StartupOptions>().Bind(configuration.GetSection(StartupOptions.Section));
        services.AddOptions<RegioOptions>().Bind(configuration.GetSection(RegioOptions.Section));
        // Development storage must be up before the storage startup tries to reach it: hosted services start in order.
        if (environment.IsDevelopment())
        {
            services.AddHostedService<DevelopmentStorage>();
        }
        services.AddHostedService<StorageStartup>();
        services.AddAllowedHosts();
        services.AddDataProtection().SetApplicationName("regio");
        services.AddOptions<KeyManagementOptions>().Configure<DataProtectionKeyRepository>((options, keys) => options.XmlRepository = keys);
        services.AddSingleton<DataProtectionKeyRepository>();
        return services;
    }
}

/// <summary>
/// The regio that the addresses from before there were many regio's answer for (<c>/api/regio</c>, <c>/api/ocds</c>):
/// the deployment's first. Everything else finds its regio in the route or in the signed-in person's organisation.
/// </summary>
public sealed class RegioOptions
{
    public const string Section = "Regio";

    public string Id { get; set; } = "";
}

public sealed class StartupOptions
{
    public const string Section = "Startup";

    /// <summary>Start Azurite from node_modules unless one already listens (Development only).</summary>
    public bool StartAzurite { get; set; }

    /// <summary>Load the demo region from ../shared/data once (Development and tests).</summary>
    public bool LoadDemoData { get; set; }

    /// <summary>The demo data file; empty to look for ../shared/data beside the checkout.</summary>
    public string? DemoDataPath { get; set; }
}
