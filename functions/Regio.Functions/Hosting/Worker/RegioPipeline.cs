using Microsoft.AspNetCore.Hosting.Builder;
using Microsoft.AspNetCore.Hosting.Server;

namespace Regio.Functions.Hosting.Worker;

/// <summary>
/// Regio's request pipeline (<see cref="RegioApp.UseRegio"/>) built once on the worker's services, for the HTTP
/// function to hand each request to. The worker's own Kestrel pipeline has only routed the request to that function
/// (forwarded headers, routing, its invocation); everything else happens here, exactly as when the app runs on its own.
/// </summary>
public sealed class RegioPipeline(IApplicationBuilderFactory factory, IServer server)
{
    private readonly Lazy<RequestDelegate> _pipeline = new(() => factory.CreateBuilder(server.Features).UseRegio().Build());

    public Task InvokeAsync(HttpContext context)
    {
        // The worker matched its catch-all function endpoint; forget it, so that Regio's routing picks Regio's endpoint.
        context.SetEndpoint(null);
        context.Request.RouteValues.Clear();
        return _pipeline.Value(context);
    }
}
