using System.Net;
using System.Text.Json;
using Regio.Tests;

namespace Regio.Functions.Tests.Hosting;

public class OpenApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task OpenApi_document_describes_every_api_route()
    {
        await using var app = new RegioAppFactory(azurite);

        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        var paths = JsonDocument.Parse(json).RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/regio", paths);
        Assert.Contains("/health", paths);
    }

    [Fact]
    public async Task Api_reference_page_is_served()
    {
        await using var app = new RegioAppFactory(azurite);

        var response = await app.CreateClient().GetAsync("/api/docs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
