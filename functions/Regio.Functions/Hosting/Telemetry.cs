using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Regio.Functions.Hosting;

/// <summary>
/// OpenTelemetry traces, metrics and logs; exported to Application Insights when its connection string is set.
/// App Insights in Azure only accepts Entra-authenticated telemetry, so the exporter uses the managed identity.
/// </summary>
public static class Telemetry
{
    public static IServiceCollection AddRegioTelemetry(this IServiceCollection services, IConfiguration configuration, ILoggingBuilder logging)
    {
        var connectionString = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var exportToAzure = !string.IsNullOrWhiteSpace(connectionString);
        var clientId = configuration["Storage:ManagedIdentityClientId"];
        DefaultAzureCredential Credential() => new(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId,
        });

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("regio"))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource("Azure.*");
                if (exportToAzure)
                {
                    tracing.AddAzureMonitorTraceExporter(o => { o.ConnectionString = connectionString; o.Credential = Credential(); });
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (exportToAzure)
                {
                    metrics.AddAzureMonitorMetricExporter(o => { o.ConnectionString = connectionString; o.Credential = Credential(); });
                }
            });
        if (exportToAzure)
        {
            logging.AddOpenTelemetry(o =>
            {
                o.IncludeFormattedMessage = true;
                o.AddAzureMonitorLogExporter(e => { e.ConnectionString = connectionString; e.Credential = Credential(); });
            });
        }
        return services;
    }
}
