using Microsoft.Azure.Functions.Worker;

namespace Regio.Functions.Hosting.Worker;

/// <summary>
/// Every HTTP request under the Functions host: one anonymous catch-all function (host.json sets no route prefix)
/// whose HttpContext, paired by the worker's ASP.NET Core integration, goes through Regio's own pipeline.
/// Sign-in, access and errors are Regio's, not the host's.
/// </summary>
public sealed class HttpFunction(RegioPipeline pipeline)
{
    public const string Name = "regio";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", "put", "patch", "delete", "options", Route = "{*path}")] HttpRequest request)
    {
        await pipeline.InvokeAsync(request.HttpContext);
        // The pipeline wrote the whole response; an empty result tells the worker there is nothing left to write.
        return Results.Empty;
    }
}
