using Microsoft.AspNetCore.Antiforgery;

namespace Regio.Functions.Hosting.Auth;

/// <summary>
/// A browser sends the sign-in cookie with every request to Regio, also when another site makes it post a form or call
/// fetch. SameSite=Lax holds the cookie back from cross-site posts today, but that is the browser's choice, not Regio's.
/// So every write that the cookie signs in must show that one of Regio's own pages made it: it comes from Regio's own
/// origin (Origin, or Referer when the browser leaves Origin out) and carries a valid antiforgery token (the form field
/// or the <see cref="TokenHeader"/> header). Otherwise 403 or 400, and the endpoint never runs. A bearer token is never
/// sent by a browser on its own, so bearer writes need neither. The framework checks the token of page forms too; this
/// rule covers every endpoint, the API included, whatever its metadata says.
/// </summary>
public sealed partial class CookieWriteRule(RequestDelegate next, IAntiforgery antiforgery, ILogger<CookieWriteRule> logger)
{
    /// <summary>The header in which a page's script sends the token it found in the page's form.</summary>
    public const string TokenHeader = "RequestVerificationToken";

    public const string VreemdeHerkomst =
        "Dit verzoek komt niet van een pagina van Regio, en met de aanmeldcookie kan alleen Regio zelf iets wijzigen. " +
        "Werk via de pagina's van Regio; een API-client meldt zich aan met een bearer-token.";

    public const string GeenGeldigToken =
        "Het formulier is verlopen of komt niet van deze site. Ververs de pagina en probeer het opnieuw; " +
        "een API-client meldt zich aan met een bearer-token.";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsCookieWrite(context))
        {
            await next(context);
            return;
        }
        if (!RequestOrigin.IsOwn(context.Request))
        {
            // Not audited in the person's name: a foreign site made their browser send this, not they.
            LogRefused(logger, context.Request.Method, context.Request.Path, "vreemde herkomst", RequestOrigin.Of(context.Request));
            await RefusalAnswers.WriteAsync(context, StatusCodes.Status403Forbidden, VreemdeHerkomst);
            return;
        }
        if (!await HasValidTokenAsync(context))
        {
            LogRefused(logger, context.Request.Method, context.Request.Path, "geen geldig antiforgery-token", RequestOrigin.Of(context.Request));
            await RefusalAnswers.WriteAsync(context, StatusCodes.Status400BadRequest, GeenGeldigToken);
            return;
        }
        await next(context);
    }

    private static bool IsCookieWrite(HttpContext context) =>
        (HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsPut(context.Request.Method)
            || HttpMethods.IsPatch(context.Request.Method) || HttpMethods.IsDelete(context.Request.Method))
        && !Authentication.UsesBearer(context.Request)
        && context.User.Identity?.IsAuthenticated == true;

    private async Task<bool> HasValidTokenAsync(HttpContext context)
    {
        try
        {
            // Reads the header first and the form only without it, so a script's large request is not read here.
            return await antiforgery.IsRequestValidAsync(context);
        }
        catch (InvalidDataException)
        {
            // A form that cannot be read cannot carry a token either.
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Schrijfverzoek met aanmeldcookie geweigerd ({Reden}): {Method} {Path}, herkomst {Herkomst}")]
    private static partial void LogRefused(ILogger logger, string method, string path, string reden, string herkomst);
}

public static class CookieWriteRules
{
    public static IServiceCollection AddCookieWriteRule(this IServiceCollection services) =>
        services.AddAntiforgery(options => options.HeaderName = CookieWriteRule.TokenHeader);

    /// <summary>After authentication (it needs to know who the cookie signs in) and before any endpoint runs.</summary>
    public static IApplicationBuilder UseCookieWriteRule(this IApplicationBuilder app) => app.UseMiddleware<CookieWriteRule>();
}
