using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Regio.Tests;

namespace Regio.Functions.Tests.Architecture;

/// <summary>
/// Every endpoint says who may call it: an authorization requirement, or an explicit AllowAnonymous for what is
/// public. The list comes from the app's own endpoint data source, so a new endpoint is checked without anyone remembering.
/// </summary>
public class EndpointAuthorizationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Every_endpoint_declares_its_authorization()
    {
        await using var app = new RegioAppFactory(azurite);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(e => $"{string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])} {e.RoutePattern.RawText}")
            .ToList();

        Assert.True(endpoints.Count >= 5, $"Slechts {endpoints.Count} endpoints gevonden; klopt de endpointbron?");
        Assert.True(undeclared.Count == 0, $"Deze endpoints zeggen niet wie ze mag aanroepen:\n{string.Join("\n", undeclared)}");
    }
}
