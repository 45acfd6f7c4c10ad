using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Regio.Functions.Hosting;

/// <summary>
/// A problem+json answer as an endpoint's typed result. Unlike <see cref="ProblemHttpResult"/> it tells OpenAPI which
/// refusals an operation can give, so that a client can see them per operation: every operation can refuse bad input
/// (400), a missing role (403), something it may not see (404) and a storage outage (503); an operation that changes
/// something can also clash with the current state (409) or with a version read earlier (412), and one that takes
/// If-Match can ask for it (428).
/// </summary>
public sealed class Probleem : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>, IContentTypeHttpResult
{
    private readonly ProblemHttpResult _antwoord;

    private Probleem(ProblemHttpResult antwoord) => _antwoord = antwoord;

    public ProblemDetails Value => _antwoord.ProblemDetails;

    object? IValueHttpResult.Value => Value;

    public int? StatusCode => _antwoord.StatusCode;

    public string? ContentType => _antwoord.ContentType;

    public static Probleem Van(ProblemDetails problem) => new(TypedResults.Problem(problem));

    public static Probleem Van(int statusCode, string? detail = null, IDictionary<string, object?>? extensions = null) =>
        new(TypedResults.Problem(detail: detail, statusCode: statusCode, extensions: extensions));

    public Task ExecuteAsync(HttpContext httpContext) => _antwoord.ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(builder);
        var leest = builder.Metadata.OfType<IHttpMethodMetadata>().FirstOrDefault()?.HttpMethods is { Count: > 0 } methoden
            && methoden.All(m => HttpMethods.IsGet(m) || HttpMethods.IsHead(m));
        var metIfMatch = method.GetParameters().Any(p => p.GetCustomAttribute<FromHeaderAttribute>()?.Name == "If-Match");
        int[] statussen = leest
            ? [400, 403, 404, 503]
            : metIfMatch ? [400, 403, 404, 409, 412, 428, 503] : [400, 403, 404, 409, 503];
        foreach (var status in statussen)
        {
            builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        }
    }
}
