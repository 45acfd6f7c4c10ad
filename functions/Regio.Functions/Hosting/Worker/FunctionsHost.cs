namespace Regio.Functions.Hosting.Worker;

/// <summary>Whether the Azure Functions host started this process as its worker, as the worker itself reads it.</summary>
public static class FunctionsHost
{
    // The host passes its gRPC address as --functions-uri (or in configuration); the worker cannot run without it.
    private const string HostEndpoint = "Functions:Worker:HostEndpoint";

    public static bool StartedBy(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddCommandLine(args, new Dictionary<string, string> { ["--functions-uri"] = HostEndpoint })
            .Build();
        return !string.IsNullOrWhiteSpace(configuration[HostEndpoint]);
    }
}
