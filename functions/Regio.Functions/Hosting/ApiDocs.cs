using Scalar.AspNetCore;

namespace Regio.Functions.Hosting;

/// <summary>The API is described by OpenAPI at /openapi/v1.json, with a readable reference at /api/docs.</summary>
public static class ApiDocs
{
    public static IServiceCollection AddRegioApiDocs(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Regio API";
            document.Info.Description = "Het inkoopplatform van de gemeenten in een regio. Foutantwoorden zijn RFC 9457 problem+json, in het Nederlands.";
            return Task.CompletedTask;
        }));

    public static IEndpointRouteBuilder MapRegioApiDocs(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().AllowAnonymous().WithPublicAnswer();
        // No fonts from Scalar's CDN: the CSP allows none, and a government page should not call third parties.
        app.MapScalarApiReference("/api/docs", options => options.WithTitle("Regio API").DisableDefaultFonts()).AllowAnonymous().WithPublicAnswer();
        return app;
    }
}
