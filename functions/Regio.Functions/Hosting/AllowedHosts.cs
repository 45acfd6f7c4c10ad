using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Primitives;

namespace Regio.Functions.Hosting;

/// <summary>
/// Regio answers only for its own host names (setting AllowedHosts: names separated by ';', "*.voorbeeld.nl" for
/// subdomains, "*" for any). A request for another host gets 400 before anything else happens, so no link the app
/// writes (the open data's package uri, a sign-in redirect) can name a host someone made up. The check runs after the
/// forwarded headers: under the Functions host the worker is called on localhost and X-Forwarded-Host carries the host
/// the browser used. For that reason the framework's own host filter, which runs before the forwarded headers and would
/// only ever see localhost there, lets everything through and this rule decides.
/// </summary>
public sealed partial class AllowedHosts(RequestDelegate next, IConfiguration configuration, ILogger<AllowedHosts> logger)
{
    public const string Setting = "AllowedHosts";

    private const string OnbekendAdres =
        "Regio is niet bereikbaar op dit adres. Gebruik het adres van het platform zelf.";

    private readonly List<StringSegment> _hosts = Read(configuration);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!Allows(context.Request.Host.Value))
        {
            LogRefused(logger, context.Request.Host.Value ?? "");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = StatusCodes.Status400BadRequest, Detail = OnbekendAdres },
            });
            return;
        }
        await next(context);
    }

    private bool Allows(string? host)
    {
        if (_hosts.Contains("*"))
        {
            return true;
        }
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }
        try
        {
            return HostString.MatchesAny(host, _hosts);
        }
        catch (FormatException)
        {
            // A port that is not a number: not a host Regio knows.
            return false;
        }
    }

    private static List<StringSegment> Read(IConfiguration configuration)
    {
        var hosts = (configuration[Setting] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return hosts.Length > 0
            ? [.. hosts.Select(h => new StringSegment(h))]
            : throw new InvalidOperationException(
                $"{Setting} ontbreekt: geef de hostnamen waarop Regio bereikbaar is, gescheiden door ';' (app-instelling {Setting}).");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Verzoek voor onbekende host {Host} geweigerd")]
    private static partial void LogRefused(ILogger logger, string host);
}

public static class AllowedHostsRule
{
    public static IServiceCollection AddAllowedHosts(this IServiceCollection services) =>
        services.Configure<HostFilteringOptions>(options => options.AllowedHosts = ["*"]);

    public static IApplicationBuilder UseAllowedHosts(this IApplicationBuilder app) => app.UseMiddleware<AllowedHosts>();
}
