using System.Text.Json;

namespace Regio.Functions.Tests.Hosting;

/// <summary>
/// The Functions host finds the app through host.json and forwards requests through gateway/function.json.
/// These files are checked against the build output, so a renamed assembly or a broken route fails here.
/// </summary>
public class HostingFilesTests
{
    private static readonly string Output = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;

    private static JsonElement Read(string relativePath)
    {
        var path = Path.Combine(Output, relativePath);
        Assert.True(File.Exists(path), $"{relativePath} ontbreekt in de build-uitvoer {Output}: controleer CopyToOutputDirectory in Regio.Functions.csproj.");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement;
    }

    [Fact]
    public void Host_json_starts_the_built_assembly_with_dotnet()
    {
        var handler = Read("host.json").GetProperty("customHandler");
        var description = handler.GetProperty("description");
        var arguments = description.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()).ToList();

        Assert.Equal("dotnet", description.GetProperty("defaultExecutablePath").GetString());
        Assert.Equal([typeof(Program).Assembly.GetName().Name + ".dll"], arguments);
        Assert.True(File.Exists(Path.Combine(Output, arguments[0]!)), $"host.json start {arguments[0]}, maar dat bestand staat niet in {Output}.");
        Assert.True(File.Exists(Path.Combine(Output, typeof(Program).Assembly.GetName().Name + ".runtimeconfig.json")), "Zonder runtimeconfig.json kan 'dotnet' de app niet starten.");
        Assert.True(handler.GetProperty("enableProxyingHttpRequest").GetBoolean(), "Zonder enableProxyingHttpRequest stuurt de host geen HTTP-verzoeken door.");
    }

    [Fact]
    public void Host_json_has_version_2_and_no_route_prefix()
    {
        var host = Read("host.json");
        Assert.Equal("2.0", host.GetProperty("version").GetString());
        Assert.Equal("", host.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void One_anonymous_catch_all_http_function_forwards_every_method()
    {
        var functions = Directory.GetFiles(Output, "function.json", SearchOption.AllDirectories);
        var gateway = Assert.Single(functions);
        var bindings = JsonDocument.Parse(File.ReadAllText(gateway)).RootElement.GetProperty("bindings").EnumerateArray().ToList();
        var trigger = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "httpTrigger");

        Assert.Equal("{*path}", trigger.GetProperty("route").GetString());
        Assert.Equal("anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal("in", trigger.GetProperty("direction").GetString());
        Assert.Superset(
            new HashSet<string?> { "get", "head", "post", "put", "patch", "delete", "options" },
            trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).ToHashSet());
        Assert.Single(bindings, b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "out");
    }
}
