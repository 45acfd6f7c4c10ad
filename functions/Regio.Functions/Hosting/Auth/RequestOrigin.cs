using Microsoft.Net.Http.Headers;

namespace Regio.Functions.Hosting.Auth;

/// <summary>
/// Where a browser says a request comes from: the Origin header, or the Referer when a browser leaves Origin out
/// (Regio's Referrer-Policy keeps the Referer for its own pages). Regio's own origin is the request's scheme and host,
/// the host already checked against the allowed hosts and, behind the Functions host, the ones the browser used.
/// </summary>
public static class RequestOrigin
{
    public static bool IsOwn(HttpRequest request) =>
        Uri.TryCreate(Of(request), UriKind.Absolute, out var herkomst)
        && Uri.TryCreate($"{request.Scheme}://{request.Host.Value}", UriKind.Absolute, out var eigen)
        && Uri.Compare(herkomst, eigen, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>The Origin, else the Referer, else empty. "null" (a sandboxed or privacy-stripped origin) is never Regio's own.</summary>
    public static string Of(HttpRequest request) =>
        request.Headers.Origin is { Count: > 0 } origin ? origin.ToString() : request.Headers[HeaderNames.Referer].ToString();
}
