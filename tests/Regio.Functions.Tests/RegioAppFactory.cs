using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regio.Platform.Demo;
using Regio.Tests;

namespace Regio.Functions.Tests;

/// <summary>
/// The real app, in Development as `dotnet run` starts it, but on the test run's Azurite with tables of its own.
/// The demo region is loaded explicitly (<see cref="LoadDemoDataAsync"/>) so that a test knows when it is there.
/// </summary>
public sealed class RegioAppFactory(string connectionString, IDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public RegioAppFactory(AzuriteFixture azurite, IDictionary<string, string?>? settings = null)
        : this(azurite.ConnectionString, settings)
    {
    }

    public string Prefix { get; } = AzuriteFixture.NewPrefix();

    public async Task<RegioAppFactory> LoadDemoDataAsync()
    {
        var loader = Services.GetRequiredService<DemoDataLoader>();
        await loader.LoadAsync(await DemoDataSet.ReadAsync(AzuriteFixture.DemoDataPath, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:Prefix"] = Prefix,
            ["Startup:StartAzurite"] = "false",
            ["Startup:LoadDemoData"] = "false",
            ["Startup:DemoDataPath"] = AzuriteFixture.DemoDataPath,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(values));
    }
}
