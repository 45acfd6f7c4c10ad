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
        if (int.TryParse(Environment.GetEnvironmentVariable(PortVariable), out var port))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }
    }
}
