using Microsoft.AspNetCore.Authorization;
using Regio.Functions.Components;

namespace Regio.Functions.Hosting;

public static class Pages
{
    /// <summary>
    /// The server-rendered pages. Each page declares its own authorization; the framework's own endpoints
    /// under /_framework (redirect plumbing, no data) are declared public here.
    /// </summary>
    public static IEndpointRouteBuilder MapRegioPages(this IEndpointRouteBuilder app)
    {
        app.MapRazorComponents<App>().Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder route && route.RoutePattern.RawText?.StartsWith("/_framework/", StringComparison.Ordinal) == true)
            {
                route.Metadata.Add(new AllowAnonymousAttribute());
            }
        });
        return app;
    }
}
