using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Regio.Functions.Tests.Trajecten.Gunningen;

namespace Regio.Functions.Tests.Auth;

/// <summary>
/// Every GET a person's browser or client can send, from the app's own endpoint data source: the API routes and the
/// pages. A route's parameters are filled from a table, and an answer is read as the text a person would see (a DOCX as
/// its words), so that a test can look for what must not be in it.
/// </summary>
internal static partial class Leesroutes
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The route patterns of every GET: "/api/..." and every page ("/trajecten/{Id}" ...), development tooling left out.</summary>
    public static List<string> Alle(RegioAppFactory app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } p && !p.StartsWith("/api/docs", StringComparison.Ordinal) && !p.StartsWith("/dev", StringComparison.Ordinal)
                && (p.StartsWith("/api/", StringComparison.Ordinal) || e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null))
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is not { } methoden || methoden.Contains("GET"))
            .Select(e => e.RoutePattern.RawText!)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The pattern with each <c>{naam}</c> or <c>{naam:int}</c> replaced by its value (escaped); a name without a value stays.</summary>
    public static string Vul(string pattern, IReadOnlyDictionary<string, string> waarden) =>
        Parameter().Replace(pattern, m => waarden.TryGetValue(m.Groups[1].Value, out var waarde) ? Uri.EscapeDataString(waarde) : m.Value);

    public static IEnumerable<string> Parameters(string pattern) => Parameter().Matches(pattern).Select(m => m.Groups[1].Value);

    /// <summary>What the answer says: its text, or for a DOCX the words of the document.</summary>
    public static async Task<string> TekstAsync(HttpResponseMessage response, CancellationToken ct) =>
        response.Content.Headers.ContentType?.MediaType == Docx && response.IsSuccessStatusCode
            ? Gunningsperceel.Tekst(await response.Content.ReadAsByteArrayAsync(ct))
            : await response.Content.ReadAsStringAsync(ct);

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex Parameter();
}
