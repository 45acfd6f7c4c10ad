using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Regio.Platform.Toegang;

namespace Regio.Functions.Hosting.Auth;

/// <summary>
/// Microsoft signs tokens for every Entra tenant; Regio lets in only the tenants of registered organisations.
/// The check runs when the token has been validated, for bearer tokens and for the OpenID Connect sign-in alike.
/// Only the self-registration (<see cref="OnbekendeTenantAttribute"/>) lets a validated token of an unknown tenant through.
/// </summary>
public static class TenantAllowList
{
    private static readonly object FailureKey = new();

    private const string Entra = "Microsoft Entra ID";

    /// <summary>An unregistered organisation, named as the person knows it: by KvK number when they came through eHerkenning.</summary>
    public static string OnbekendeOrganisatie(System.Security.Claims.ClaimsPrincipal user, Guid tenant) =>
        user.FindFirst(EHerkenningIdentiteit.KvkClaim)?.Value is { } kvk
            ? $"Uw organisatie (KvK {kvk}) is niet geregistreerd op Regio als aanbieder die zich met eHerkenning aanmeldt. Vraag de platformbeheerder om uw organisatie te registreren."
            : OnbekendeTenant(tenant);

    public static string OnbekendeTenant(Guid tenant) =>
        $"Uw organisatie (Entra-tenant {tenant}) is niet geregistreerd op Regio. Vraag de platformbeheerder om uw organisatie te registreren.";

    /// <summary>The Dutch reason a request is not signed in, for the 401 answer: why its token was refused, if it had one.</summary>
    public static string Reason(HttpContext context) =>
        context.Items.TryGetValue(FailureKey, out var reason) && reason is string text ? text : Explain(null, Entra);

    public static void ConfigureBearer(JwtBearerOptions options)
    {
        options.TokenValidationParameters.IssuerValidator = EntraIssuer.Validate;
        options.TokenValidationParameters.IssuerValidatorUsingConfiguration = null;
        ConfigureBearerEvents(options, Entra, map: null);
    }

    /// <summary>
    /// After validation: <paramref name="map"/> (a broker's claims onto tid/oid, or why not), then the allow-list. Every
    /// refusal is a 401 problem with its Dutch reason; <paramref name="uitgever"/> names who should have signed the token.
    /// </summary>
    public static void ConfigureBearerEvents(JwtBearerOptions options, string uitgever, Func<System.Security.Claims.ClaimsPrincipal, string?>? map)
    {
        var validated = options.Events.OnTokenValidated;
        options.Events.OnTokenValidated = async context =>
        {
            await validated(context);
            if (context.Result is null && (map?.Invoke(context.Principal!) ?? await RefuseAsync(context.HttpContext, context.Principal!, OnbekendeTenantAttribute.IsToegestaan(context.HttpContext))) is { } reason)
            {
                context.HttpContext.Items[FailureKey] = reason;
                context.Fail(reason);
            }
        };
        var failed = options.Events.OnAuthenticationFailed;
        options.Events.OnAuthenticationFailed = async context =>
        {
            await failed(context);
            context.HttpContext.Items[FailureKey] = Explain(context.Exception, uitgever);
        };
        options.Events.OnChallenge = async context =>
        {
            context.HandleResponse();
            var reason = Reason(context.HttpContext);
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await RefusalAnswers.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, reason);
        };
    }

    public static void ConfigureOpenIdConnect(OpenIdConnectOptions options)
    {
        options.TokenValidationParameters.IssuerValidator = EntraIssuer.Validate;
        options.TokenValidationParameters.IssuerValidatorUsingConfiguration = null;
        ConfigureOpenIdConnectEvents(options, Entra, map: null);
    }

    /// <summary>The browser sign-in: the same checks as for a bearer token, and a sign-in that passes is audited.</summary>
    public static void ConfigureOpenIdConnectEvents(OpenIdConnectOptions options, string hoe, Func<System.Security.Claims.ClaimsPrincipal, string?>? map)
    {
        var validated = options.Events.OnTokenValidated;
        options.Events.OnTokenValidated = async context =>
        {
            await validated(context);
            if (context.Result is null && (map?.Invoke(context.Principal!) ?? await RefuseAsync(context.HttpContext, context.Principal!, OnbekendeTenantAttribute.IsToegestaan(context.Properties))) is { } reason)
            {
                context.HttpContext.Items[FailureKey] = reason;
                context.Fail(reason);
            }
            else if (context.Principal?.Ids() is { } ids
                && await context.HttpContext.RequestServices.GetRequiredService<ActorResolver>().ResolveAsync(ids.Tenant, ids.ObjectId, context.Principal.DisplayName(), context.Principal.Upn(), context.HttpContext.RequestAborted) is { } actor)
            {
                await context.HttpContext.RequestServices.GetRequiredService<Toegangslog>().LogSignInAsync(actor, hoe, context.HttpContext.RequestAborted);
            }
        };
    }

    /// <summary>Why this request's sign-in was refused, when Regio refused it (not the identity provider).</summary>
    public static string? Refusal(HttpContext context) => context.Items.TryGetValue(FailureKey, out var reason) ? reason as string : null;

    /// <param name="onbekendToegestaan">The endpoint (or the page the sign-in started from) is the self-registration, open to an unregistered tenant.</param>
    private static async Task<string?> RefuseAsync(HttpContext http, System.Security.Claims.ClaimsPrincipal principal, bool onbekendToegestaan)
    {
        if (principal.Ids() is not { } ids)
        {
            return "Het token mist de tenant (tid) of de gebruiker (oid).";
        }
        if (onbekendToegestaan)
        {
            return null;
        }
        // The resolver keeps a yes for a minute; a no is asked again, so a newly registered tenant gets in at once.
        if (await http.RequestServices.GetRequiredService<ActorResolver>().IsRegisteredTenantAsync(ids.Tenant, http.RequestAborted))
        {
            return null;
        }
        await http.RequestServices.GetRequiredService<Toegangslog>().LogUnknownTenantAsync(ids.Tenant, ids.ObjectId, $"{http.Request.Method} {http.Request.Path}", http.RequestAborted);
        return OnbekendeOrganisatie(principal, ids.Tenant);
    }

    private static string Explain(Exception? failure, string uitgever) => failure switch
    {
        null => "Meld u aan: stuur een bearer-token van Microsoft Entra ID voor Regio mee (Authorization: Bearer ...).",
        SecurityTokenExpiredException => "Het token is verlopen. Vraag een nieuw token aan en probeer het opnieuw.",
        SecurityTokenNotYetValidException => "Het token is nog niet geldig. Controleer de klok van het systeem dat het aanvroeg.",
        SecurityTokenInvalidAudienceException => "Het token is niet voor Regio uitgegeven (verkeerde audience). Vraag een token aan voor de app-registratie van Regio.",
        SecurityTokenInvalidIssuerException => "Het token is niet uitgegeven door de Entra-tenant die erin staat.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => $"De handtekening van het token is niet van {uitgever}.",
        _ => $"Het token is ongeldig. Vraag een nieuw token aan bij {uitgever}.",
    };
}
