namespace Regio.Functions.Hosting;

/// <summary>
/// Headers on every response: a Content Security Policy without inline scripts, no framing, no MIME sniffing.
/// The API reference page (Scalar) is the one exception: it configures itself with an inline script.
/// Outside Development every answer also tells the browser to use https only (HSTS).
/// </summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self' https://login.microsoftonline.com; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        // Bid documents are uploaded from the browser straight into Blob Storage, so scripts may connect there as well.
        var blobs = app.ApplicationServices.GetRequiredService<Regio.Platform.Storage.StorageClients>().Blobs.Uri.GetLeftPart(UriPartial.Authority);
        var policy = Policy.Replace("connect-src 'self'", $"connect-src 'self' {blobs}", StringComparison.Ordinal);
        // Not UseHsts: it leaves out localhost and answers over http, and behind a proxy whether a request came over https
        // depends on forwarded headers. A browser ignores HSTS on an http answer (RFC 6797 8.1), so always sending it is safe.
        var strictTransport = !app.ApplicationServices.GetRequiredService<IHostEnvironment>().IsDevelopment();
        return app.Use((context, next) =>
        {
            // Set when the answer starts, not before the rest of the pipeline: the exception handler clears every header
            // before it writes a 500 or 503, and those answers need the same protection as any other.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs") ? ApiReferencePolicy : policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                if (strictTransport)
                {
                    headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
