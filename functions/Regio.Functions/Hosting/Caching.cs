namespace Regio.Functions.Hosting;

/// <summary>Endpoint metadata: this endpoint answers everyone the same, with nothing private in it (open data, health, API docs).</summary>
public sealed class PublicAnswer
{
    public static readonly PublicAnswer Instance = new();

    private PublicAnswer()
    {
    }
}

/// <summary>
/// No answer with private data may stay in a browser's or proxy's cache: budgets, lokale keuzes, receipts, pages with a
/// person's name. So every answer is <c>private, no-store</c> unless its endpoint says it is public
/// (<see cref="WithPublicAnswer{TBuilder}"/>). Static files are served before this rule and keep their own caching.
/// A marker, not a list of paths: /api/regio is public and /api/regio/{id}/gedeelde-keuzes is not.
/// </summary>
public static class Caching
{
    public const string Private = "private, no-store";

    public static TBuilder WithPublicAnswer<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(PublicAnswer.Instance);

    public static IApplicationBuilder UsePrivateAnswers(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Decided when the answer starts: by then the endpoint is known, and error answers (no endpoint) count as private.
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            if (context.GetEndpoint()?.Metadata.GetMetadata<PublicAnswer>() is null)
            {
                context.Response.Headers.CacheControl = Private;
            }
            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}
