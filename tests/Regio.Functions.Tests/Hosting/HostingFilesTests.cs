using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regio.Functions.Hosting.Worker;
using Regio.Platform;
using Regio.Platform.Jobs;

namespace Regio.Functions.Tests.Hosting;

/// <summary>
/// What the Functions host reads from the build output: host.json, the worker's worker.config.json and the function
/// metadata the worker SDK writes from the [Function]s. A renamed assembly, a lost route or a timer on another schedule
/// than its job fails here.
/// </summary>
public class HostingFilesTests
{
    private static readonly string Output = typeof(HostingFilesTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "FunctionsOutput").Value!;

    private static JsonElement Read(string file)
    {
        var path = Path.Combine(Output, file);
        Assert.True(File.Exists(path), $"{file} ontbreekt in de build-uitvoer {Output}: bouwt de worker-SDK het project nog?");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement;
    }

    private static IReadOnlyList<JsonElement> Functions() => [.. Read("functions.metadata").EnumerateArray()];

    private static JsonElement Trigger(JsonElement function, string type) =>
        Assert.Single(function.GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString() == type);

    [Fact]
    public void Host_json_has_version_2_no_route_prefix_and_no_custom_handler()
    {
        var host = Read("host.json");

        Assert.Equal("2.0", host.GetProperty("version").GetString());
        Assert.Equal("", host.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.False(host.TryGetProperty("customHandler", out _), "host.json beschrijft nog een custom handler; de app is een isolated worker.");
    }

    [Fact]
    public void Worker_config_starts_the_apps_assembly_as_a_dotnet_isolated_worker()
    {
        var description = Read("worker.config.json").GetProperty("description");
        var assembly = typeof(Program).Assembly.GetName().Name + ".dll";

        Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
        Assert.Equal(assembly, description.GetProperty("defaultWorkerPath").GetString());
        Assert.True(File.Exists(Path.Combine(Output, assembly)), $"worker.config.json start {assembly}, maar dat staat niet in {Output}.");
    }

    [Fact]
    public void One_anonymous_catch_all_http_function_takes_every_method()
    {
        var http = Assert.Single(Functions(), f => f.GetProperty("bindings").EnumerateArray().Any(b => b.GetProperty("type").GetString() == "httpTrigger"));
        var trigger = Trigger(http, "httpTrigger");

        Assert.Equal(HttpFunction.Name, http.GetProperty("name").GetString());
        Assert.Equal("{*path}", trigger.GetProperty("route").GetString());
        Assert.Equal("anonymous", trigger.GetProperty("authLevel").GetString(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(
            new HashSet<string?> { "get", "head", "post", "put", "patch", "delete", "options" },
            trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).ToHashSet());
    }

    [Fact]
    public void Each_job_has_a_timer_function_on_the_jobs_own_schedule()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Storage:ConnectionString", "UseDevelopmentStorage=true")]).Build();
        using var services = new ServiceCollection().AddLogging().AddRegioPlatform(configuration).BuildServiceProvider();
        var jobs = services.GetRequiredService<IEnumerable<IScheduledJob>>().ToDictionary(j => j.Name, j => j.Schedule);
        var timers = Functions()
            .Where(f => f.GetProperty("bindings").EnumerateArray().Any(b => b.GetProperty("type").GetString() == "timerTrigger"))
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => Trigger(f, "timerTrigger").GetProperty("schedule").GetString() ?? "");

        Assert.NotEmpty(jobs);
        Assert.Equal(jobs.OrderBy(j => j.Key), timers.OrderBy(t => t.Key));
    }
}
