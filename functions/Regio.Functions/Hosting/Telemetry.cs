using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
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
                // Regio's own meters: job runs and audit chain breaks (an alert fires on regio.audit.breaks).
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter("Regio.*");
                if (exportToAzure)
                {
                    metrics.AddAzureMonitorMetricExporter(o => { o.ConnectionString = connectionString; o.Credential = Credential(); });
                }
            })
            // Under the Functions host: the Functions resource attributes, the worker's invocation traces, and the host no
            // longer reporting the worker's telemetry a second time. On its own the app has no host to tell.
            .UseFunctionsWorkerDefaults();
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
