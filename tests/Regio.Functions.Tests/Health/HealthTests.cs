using System.Net;
using System.Net.Http.Json;
using Regio.Functions.Features.Health;
using Regio.Platform.Storage.Development;
using Regio.Tests;

namespace Regio.Functions.Tests.Health;

public class HealthTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Health_is_200_with_both_storage_services_reachable()
    {
        await using var app = new RegioAppFactory(azurite);

        var response = await app.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<GezondheidView>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gezond", body!.Status);
        Assert.Equal(["Table Storage", "Blob Storage"], body.Onderdelen.Select(o => o.Onderdeel));
    }

    [Fact]
    public async Task Health_is_503_while_storage_is_stopped_and_200_again_when_it_is_back()
    {
        var ports = AzuriteProcess.FreePorts();
        var storage = await AzuriteProcess.StartAsync(AzuriteFixture.RepoRootPath, ports, location: null, TestContext.Current.CancellationToken);
        await using var app = new RegioAppFactory(AzuriteProcess.ConnectionStringFor(ports));
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);

        await storage.DisposeAsync();
        var down = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        var body = await down.Content.ReadFromJsonAsync<GezondheidView>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.NotNull(down.Headers.RetryAfter);
        Assert.All(body!.Onderdelen, o => Assert.Equal("niet bereikbaar", o.Status));

        await using var back = await AzuriteProcess.StartAsync(AzuriteFixture.RepoRootPath, ports, location: null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);
    }
}
