using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;

namespace Regio.Functions.Hosting.Auth;

/// <summary>
/// Sign-in with each organisation's own Microsoft Entra ID (multi-tenant app registration, Microsoft.Identity.Web):
/// pages with OpenID Connect and a cookie, API clients with a bearer token for the same app registration.
/// Dutch aanbieders may sign in with eHerkenning instead (<see cref="EHerkenning"/>, when configured).
/// Only tenants of registered organisations get in (<see cref="TenantAllowList"/>).
/// </summary>
public static class Authentication
{
    public const string Scheme = "Regio";
    public const string AzureAdSection = "AzureAd";

    public static IServiceCollection AddRegioAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        // Without the app registration nobody can sign in, and the sign-in handlers fail on every request: stop at once.
        if (string.IsNullOrWhiteSpace(configuration[$"{AzureAdSection}:ClientId"]))
        {
            throw new InvalidOperationException(
                "AzureAd:ClientId ontbreekt: geef de client-id van de multi-tenant app-registratie van Regio (app-instelling AzureAd__ClientId).");
        }
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Regio", options => options.ForwardDefaultSelector = context =>
                !UsesBearer(context.Request) ? CookieAuthenticationDefaults.AuthenticationScheme
                : EHerkenning.IssuedByBroker(context) ? EHerkenning.BearerScheme
                : JwtBearerDefaults.AuthenticationScheme);
        services.AddAuthentication()
            .AddMicrosoftIdentityWebApp(configuration.GetSection(AzureAdSection), OpenIdConnectDefaults.AuthenticationScheme, CookieAuthenticationDefaults.AuthenticationScheme);
        services.AddAuthentication()
            .AddMicrosoftIdentityWebApi(configuration.GetSection(AzureAdSection), JwtBearerDefaults.AuthenticationScheme);

        services.AddEHerkenning(configuration);

        services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, ConfigureCookie);
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, TenantAllowList.ConfigureBearer);
        services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, TenantAllowList.ConfigureOpenIdConnect);
        services.AddRegioPolicies();
        services.AddCookieWriteRule();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RefusalAnswers>();
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "regio";
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.LoginPath = "/aanmelden";
        options.LogoutPath = "/afmelden";
        // An API caller gets a status and a problem, not a redirect to a sign-in page.
        options.Events.OnRedirectToLogin = context => IsApi(context.Request) ? Status(context, 401) : Redirect(context);
        options.Events.OnRedirectToAccessDenied = context => IsApi(context.Request) ? Status(context, 403) : Redirect(context);
    }

    /// <summary>Whether the request signs in with a bearer token; otherwise the sign-in cookie decides who it is.</summary>
    public static bool UsesBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/dev/token");

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
