using Microsoft.AspNetCore.Http.HttpResults;
using Regio.Functions.Hosting;
using Regio.Platform.Health;

namespace Regio.Functions.Features.Health;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth)
            .WithName("Gezondheid")
            .WithTags("Beheer")
            .WithSummary("De staat van Table en Blob Storage: 200 als beide antwoorden, anders 503.")
            .AllowAnonymous()
            .WithPublicAnswer();
        return app;
    }

    private static async Task<Results<Ok<GezondheidView>, JsonHttpResult<GezondheidView>>> GetHealth(
        StorageHealth health, HttpContext context, CancellationToken cancellationToken)
    {
        var status = await health.CheckAsync(cancellationToken);
        var view = new GezondheidView(
            status.Gezond ? "gezond" : "niet gezond",
            status.Onderdelen.Select(o => new OnderdeelView(o.Onderdeel, o.Bereikbaar ? "bereikbaar" : "niet bereikbaar", o.Melding)).ToList());
        if (status.Gezond)
        {
            return TypedResults.Ok(view);
        }
        context.Response.Headers.RetryAfter = "30";
        return TypedResults.Json(view, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

public sealed record GezondheidView(string Status, IReadOnlyList<OnderdeelView> Onderdelen);

public sealed record OnderdeelView(string Onderdeel, string Status, string? Melding);
