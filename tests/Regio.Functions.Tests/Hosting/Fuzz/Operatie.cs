using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Regio.Functions.Tests.Hosting.Fuzz;

/// <summary>A parameter of an operation: in the route, the query or a header; <c>Getal</c> when its route constraint asks for an int.</summary>
internal sealed record Parameter(string Naam, string In, bool Getal = false, bool Guid = false);

/// <summary>
/// One API operation: taken from the app's endpoint data source (so a new endpoint is fuzzed without anyone listing it),
/// with its query, header and body description from the app's own OpenAPI document.
/// </summary>
internal sealed partial record Operatie(string Methode, string Patroon, IReadOnlyList<Parameter> Parameters, JsonElement? Body, string? BodySoort)
{
    public override string ToString() => $"{Methode} {Patroon}";

    public static List<Operatie> AlleVan(IServiceProvider services, JsonElement openApi)
    {
        var paths = openApi.GetProperty("paths");
        return services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } p && p.StartsWith("/api/", StringComparison.Ordinal) && !p.StartsWith("/api/docs", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => Van(m, e.RoutePattern, paths)))
            .DistinctBy(o => o.ToString())
            .ToList();
    }

    private static Operatie Van(string methode, RoutePattern route, JsonElement paths)
    {
        var parameters = route.Parameters.Select(p => new Parameter(p.Name, "path",
            Getal: route.ParameterPolicies.TryGetValue(p.Name, out var policies) && policies.Any(x => x.Content == "int"),
            Guid: route.ParameterPolicies.TryGetValue(p.Name, out var g) && g.Any(x => x.Content == "guid"))).ToList();
        JsonElement? body = null;
        string? soort = null;
        var pad = Constraint().Replace(route.RawText!, "").TrimEnd('/');
        if (paths.TryGetProperty(pad.Length == 0 ? "/" : pad, out var item) && item.TryGetProperty(methode.ToLowerInvariant(), out var operatie))
        {
            if (operatie.TryGetProperty("parameters", out var lijst))
            {
                parameters.AddRange(lijst.EnumerateArray().Where(p => p.GetProperty("in").GetString() is "query" or "header")
                    .Select(p => new Parameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!)));
            }
            if (operatie.TryGetProperty("requestBody", out var requestBody))
            {
                var content = requestBody.GetProperty("content").EnumerateObject().First();
                soort = content.Name;
                body = content.Value.GetProperty("schema");
            }
        }
        return new Operatie(methode, route.RawText!, parameters, body, soort);
    }

    [GeneratedRegex(":[^}]*")]
    private static partial Regex Constraint();
}
