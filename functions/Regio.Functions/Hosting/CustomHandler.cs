using Microsoft.AspNetCore.HttpOverrides;

namespace Regio.Functions.Hosting;

/// <summary>
/// The Azure Functions host runs this app as a custom handler: it tells the app which port to listen on
/// and forwards every request to it (host.json, gateway/function.json).
/// </summary>
public static class CustomHandler
{
    public const string PortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static void UseFunctionsCustomHandlerPort(this WebApplicationBuilder builder)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(PortVariable), out var port))
        {
            return;
        }
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        // The host proxies each request from this machine over http, with YARP's default transforms: X-Forwarded-Proto,
        // -Host and -For say what the person's browser asked for. Without them the app would see http://127.0.0.1:port and
        // build the Entra sign-in redirect URI, the cookie sign-in redirects and the open data's package uri on it.
        // Only the host is trusted: the default KnownProxies are the loopback addresses.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);
    }

    /// <summary>Applies what the Functions host forwarded; does nothing when the app runs on its own.</summary>
    public static void UseFunctionsHostForwarding(this WebApplication app) => app.UseForwardedHeaders();
}
