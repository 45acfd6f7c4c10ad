using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Regio.Functions.Tests.Infra;

public sealed partial class BicepTests(CompiledBicep bicep) : IClassFixture<CompiledBicep>
{
    [Fact]
    public void Bicep_compiles_without_warnings()
    {
        Assert.True(bicep.ExitCode == 0, $"bicep build exited with {bicep.ExitCode}:\n{bicep.Stderr}");
        Assert.False(Diagnostic().IsMatch(bicep.Stderr), $"bicep build reported diagnostics:\n{bicep.Stderr}");
    }

    /// <summary>Every table and container the app uses (Regio.Platform's Names), so that a new one cannot be forgotten in infra.</summary>
    public static TheoryData<string, string> StorageNames()
    {
        var data = new TheoryData<string, string>();
        foreach (var table in Regio.Platform.Storage.Names.Tables)
        {
            data.Add("Microsoft.Storage/storageAccounts/tableServices/tables", table);
        }
        foreach (var container in Regio.Platform.Storage.Names.Containers)
        {
            data.Add("Microsoft.Storage/storageAccounts/blobServices/containers", container);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(StorageNames))]
    public void Storage_has_what_the_app_reads_and_writes(string type, string name)
    {
        // Names come from a loop variable, so look for them in the template that declares the type.
        var template = Templates(Template).SingleOrDefault(t => DirectResources(t).Any(r => IsType(r, type)));
        Assert.True(template is not null, $"no template declares a {type}");
        Assert.Contains(name, Strings(template));
    }

    [Fact]
    public void Blob_containers_are_private()
    {
        var containers = Resources(Template, "Microsoft.Storage/storageAccounts/blobServices/containers").ToList();
        Assert.NotEmpty(containers);
        Assert.All(containers, c => Assert.Equal("None", (string?)c["properties"]?["publicAccess"]));
    }

    [Fact]
    public void Storage_account_refuses_shared_keys()
    {
        var account = Assert.Single(Resources(Template, "Microsoft.Storage/storageAccounts"));
        var allowSharedKeyAccess = account["properties"]?["allowSharedKeyAccess"];
        Assert.True(allowSharedKeyAccess?.GetValueKind() == JsonValueKind.False, $"allowSharedKeyAccess is {allowSharedKeyAccess}");
    }

    [Fact]
    public void Function_app_runs_on_dotnet_isolated_10()
    {
        var runtime = Assert.Single(Resources(Template, "Microsoft.Web/sites"))["properties"]?["functionAppConfig"]?["runtime"];
        Assert.Equal("dotnet-isolated", (string?)runtime?["name"]);
        Assert.Equal("10.0", (string?)runtime?["version"]);
    }

    /// <summary>Flex Consumption takes the runtime from functionAppConfig; Core Tools take it from local.settings.json. Both must say isolated worker.</summary>
    [Fact]
    public void Local_settings_name_the_worker_runtime_that_infra_declares_and_no_app_setting_overrides_it()
    {
        var site = Assert.Single(Resources(Template, "Microsoft.Web/sites"))["properties"];
        var local = JsonNode.Parse(File.ReadAllText(Path.Combine(CompiledBicep.Metadata("RepoRoot"), "functions", "Regio.Functions", "local.settings.json")));
        var settings = site?["siteConfig"]?["appSettings"]?.AsArray() ?? [];

        Assert.Equal((string?)site?["functionAppConfig"]?["runtime"]?["name"], (string?)local?["Values"]?["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.DoesNotContain(settings, s => (string?)s?["name"] == "FUNCTIONS_WORKER_RUNTIME");
    }

    /// <summary>The app answers only for the host names in AllowedHosts; deployed, that is the site's own name and never "*".</summary>
    [Fact]
    public void The_app_answers_only_for_its_own_host_name()
    {
        var site = Assert.Single(Resources(Template, "Microsoft.Web/sites"));
        var settings = site["properties"]?["siteConfig"]?["appSettings"]?.AsArray() ?? [];

        var allowedHosts = (string?)settings.SingleOrDefault(s => (string?)s?["name"] == "AllowedHosts")?["value"];

        Assert.True(allowedHosts == "[format('{0}.azurewebsites.net', parameters('name'))]",
            $"AllowedHosts hoort de hostnaam van de site zelf te zijn, niet '{allowedHosts ?? "(ontbreekt)"}'.");
    }

    [Fact]
    public void No_app_setting_carries_an_account_key()
    {
        var site = Assert.Single(Resources(Template, "Microsoft.Web/sites"));
        var settings = site["properties"]?["siteConfig"]?["appSettings"]?.AsArray() ?? [];
        Assert.NotEmpty(settings);
        var withKey = settings.Where(s => Strings(s?["value"]).Any(v => v.Contains("AccountKey", StringComparison.OrdinalIgnoreCase)));
        Assert.Empty(withKey.Select(s => (string?)s?["name"]));
        Assert.DoesNotContain(Strings(Template), s => s.Contains("listKeys(", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>eHerkenning is off unless an authority is given, and its client secret is never a plain app setting.</summary>
    [Fact]
    public void EHerkenning_client_secret_is_a_Key_Vault_reference_read_with_the_apps_identity()
    {
        var site = Assert.Single(Resources(Template, "Microsoft.Web/sites"));
        var settings = site["properties"]?["siteConfig"]?["appSettings"]?.AsArray() ?? [];

        var secret = (string?)settings.SingleOrDefault(s => (string?)s?["name"] == "EHerkenning__ClientSecret")?["value"] ?? "(ontbreekt)";

        Assert.True(secret.Contains("@Microsoft.KeyVault(SecretUri=", StringComparison.Ordinal), $"EHerkenning__ClientSecret hoort een Key Vault-verwijzing te zijn, niet '{secret}'.");
        Assert.Equal("[parameters('identityId')]", (string?)site["properties"]?["keyVaultReferenceIdentity"]);
    }

    private JsonNode Template => bicep.Template
        ?? throw new InvalidOperationException($"bicep build failed, so there is no template to check:\n{bicep.Stderr}");

    [GeneratedRegex(@"\b(warning|error)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Diagnostic();

    private static bool IsType(JsonNode? resource, string type) =>
        resource is JsonObject o && o["type"]?.GetValueKind() == JsonValueKind.String && (string?)o["type"] == type;

    // Modules compile to nested deployments, each with its own template.
    private static IEnumerable<JsonObject> Templates(JsonNode? node) =>
        Descendants(node).OfType<JsonObject>().Where(o => o.ContainsKey("$schema") && o.ContainsKey("resources"));

    // languageVersion 2.0 keys resources by symbolic name; older templates list them.
    private static IEnumerable<JsonNode?> DirectResources(JsonObject template) => template["resources"] switch
    {
        JsonArray list => list,
        JsonObject byName => byName.Select(p => p.Value),
        _ => [],
    };

    private static IEnumerable<JsonObject> Resources(JsonNode? root, string type) =>
        Templates(root).SelectMany(DirectResources).Where(r => IsType(r, type)).Cast<JsonObject>()
            .Where(r => r["existing"]?.GetValueKind() != JsonValueKind.True);

    private static IEnumerable<string> Strings(JsonNode? node) =>
        Descendants(node).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>());

    private static IEnumerable<JsonNode?> Descendants(JsonNode? node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Descendants))
        {
            yield return descendant;
        }
    }
}

/// <summary>Runs <c>bicep build infra/main.bicep</c> once for all tests in <see cref="BicepTests"/>.</summary>
public sealed class CompiledBicep : IAsyncLifetime
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(2);

    public int ExitCode { get; private set; }

    public string Stderr { get; private set; } = "";

    public JsonNode? Template { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var bicepPath = Metadata("BicepPath");
        var mainBicep = Path.Combine(Metadata("RepoRoot"), "infra", "main.bicep");
        EnsureExecutable(bicepPath);

        var start = new ProcessStartInfo(bicepPath, ["build", mainBicep, "--stdout"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The single-file binary unpacks native libraries under $HOME, which may not be writable on CI.
        start.Environment.TryAdd("DOTNET_BUNDLE_EXTRACT_BASE_DIR", Path.Combine(Path.GetTempPath(), "regio-bicep"));

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {bicepPath}");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(BuildTimeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep build did not finish within {BuildTimeout}");
        }

        ExitCode = process.ExitCode;
        Stderr = await stderr;
        var json = await stdout;
        Template = ExitCode == 0 ? JsonNode.Parse(json) : null;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    internal static string Metadata(string key) =>
        typeof(CompiledBicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test project sets no AssemblyMetadata '{key}'.");

    // NuGet does not always keep the executable bit when it extracts a package.
    private static void EnsureExecutable(string path)
    {
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute);
        }
    }
}
