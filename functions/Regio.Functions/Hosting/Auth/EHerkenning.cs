using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.JsonWebTokens;
using Regio.Functions.Components;

namespace Regio.Functions.Hosting.Auth;

/// <summary>
/// eHerkenning for Dutch aanbieders, as a second OpenID Connect connection next to Entra ID: a browser sign-in into the
/// same cookie, and bearer tokens of the broker for the API. Both map the token with <see cref="EHerkenningIdentiteit"/>
/// and then pass the same allow-list as Entra's. Only when <see cref="EHerkenningInstellingen"/> are configured.
/// </summary>
public static partial class EHerkenning
{
    public const string Scheme = "eHerkenning";
    public const string BearerScheme = "eHerkenning-api";
    private const string Hoe = "eHerkenning";

    public static IServiceCollection AddEHerkenning(this IServiceCollection services, IConfiguration configuration)
    {
        if (EHerkenningInstellingen.Lees(configuration) is not { } instellingen)
        {
            return services;
        }
        services.AddSingleton(instellingen);
        services.AddAuthentication()
            .AddOpenIdConnect(Scheme, "eHerkenning", options => ConfigureOpenIdConnect(options, instellingen))
            .AddJwtBearer(BearerScheme, options => ConfigureBearer(options, instellingen));
        return services;
    }

    /// <summary>
    /// Whether a bearer token names the broker as its issuer. Read without validation, only to pick the scheme that then
    /// validates it: a forged token that names the broker fails there, on the broker's keys.
    /// </summary>
    public static bool IssuedByBroker(HttpContext context)
    {
        if (context.RequestServices.GetService<EHerkenningInstellingen>() is not { } instellingen)
        {
            return false;
        }
        var token = context.Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var handler = new JsonWebTokenHandler();
        try
        {
            return handler.CanReadToken(token) && handler.ReadJsonWebToken(token).Issuer == instellingen.Issuer;
        }
        catch (ArgumentException)
        {
            // Not a readable token: the Entra scheme refuses it with its reason.
            return false;
        }
    }

    private static void ConfigureBearer(JwtBearerOptions options, EHerkenningInstellingen instellingen)
    {
        options.Authority = instellingen.Authority;
        options.MetadataAddress = instellingen.MetadataAddress ?? "";
        options.Audience = instellingen.Audience;
        // Claim names as the broker sends them: the KvK and level claims are looked up by those names.
        options.MapInboundClaims = false;
        options.TokenValidationParameters.ValidIssuer = instellingen.Issuer;
        options.TokenValidationParameters.NameClaimType = "name";
        TenantAllowList.ConfigureBearerEvents(options, "de eHerkenning-makelaar van Regio", principal => EHerkenningIdentiteit.Map(principal, instellingen));
    }

    private static void ConfigureOpenIdConnect(OpenIdConnectOptions options, EHerkenningInstellingen instellingen)
    {
        options.Authority = instellingen.Authority;
        options.MetadataAddress = instellingen.MetadataAddress;
        options.ClientId = instellingen.ClientId;
        options.ClientSecret = instellingen.ClientSecret;
        options.ResponseType = "code";
        options.UsePkce = true;
        options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        options.CallbackPath = "/signin-eherkenning";
        options.SignedOutCallbackPath = "/signout-callback-eherkenning";
        options.MapInboundClaims = false;
        options.TokenValidationParameters.ValidIssuer = instellingen.Issuer;
        options.TokenValidationParameters.NameClaimType = "name";
        if (instellingen.AcrValues is { } acr)
        {
            options.Events.OnRedirectToIdentityProvider = context =>
            {
                context.ProtocolMessage.AcrValues = acr;
                return Task.CompletedTask;
            };
        }
        options.Events.OnRemoteFailure = ShowFailureAsync;
        TenantAllowList.ConfigureOpenIdConnectEvents(options, Hoe, principal => EHerkenningIdentiteit.Map(principal, instellingen));
    }

    /// <summary>A refused or failed browser sign-in ends on a page that says why, in Dutch, not on an error.</summary>
    private static async Task ShowFailureAsync(Microsoft.AspNetCore.Authentication.RemoteFailureContext context)
    {
        context.HandleResponse();
        var reden = TenantAllowList.Refusal(context.HttpContext)
            ?? "Het aanmelden met eHerkenning is niet gelukt of afgebroken. Probeer het opnieuw via de aanmeldpagina.";
        LogFailure(context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EHerkenning)), context.Failure?.Message ?? "", reden);
        await LosePagina.Voor<GeenToegang>(new Dictionary<string, object> { [nameof(GeenToegang.Reden)] = reden }, StatusCodes.Status403Forbidden)
            .ExecuteAsync(context.HttpContext);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Aanmelden met eHerkenning mislukt: {Fout}; getoond: {Reden}")]
    private static partial void LogFailure(ILogger logger, string fout, string reden);
}
