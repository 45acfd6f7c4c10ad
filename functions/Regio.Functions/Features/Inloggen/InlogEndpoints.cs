using Regio.Functions.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http.HttpResults;
using Regio.Functions.Features.Inloggen.Ontwikkeling;
using Regio.Functions.Hosting.Auth;

namespace Regio.Functions.Features.Inloggen;

/// <summary>Signing in with the organisation's Entra ID (or eHerkenning, when configured), signing out, and "my page".</summary>
public static class InlogEndpoints
{
    public static IEndpointRouteBuilder MapInloggen(this IEndpointRouteBuilder app)
    {
        app.MapGet("/aanmelden/entra", SignInWithEntra).AllowAnonymous().ExcludeFromDescription();
        if (app.ServiceProvider.GetService<EHerkenningInstellingen>() is not null)
        {
            app.MapGet("/aanmelden/eherkenning", SignInWithEHerkenning).AllowAnonymous().ExcludeFromDescription();
        }
        app.MapPost("/afmelden", SignOut).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/mijn", MyPage).RequireAuthorization(Policies.Aangemeld).ExcludeFromDescription();
        return app;
    }

    private static ChallengeHttpResult SignInWithEntra() =>
        TypedResults.Challenge(new AuthenticationProperties { RedirectUri = "/mijn" }, [OpenIdConnectDefaults.AuthenticationScheme]);

    private static ChallengeHttpResult SignInWithEHerkenning() =>
        TypedResults.Challenge(new AuthenticationProperties { RedirectUri = "/mijn" }, [EHerkenning.Scheme]);

    /// <summary>A form post with an antiforgery token, so that no other site can sign someone out.</summary>
    private static async Task<Results<RedirectHttpResult, SignOutHttpResult, Probleem>> SignOut(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Probleem.Van(400, detail: "Het afmeldformulier is verlopen. Ververs de pagina en meld u opnieuw af.");
        }
        // Only an Entra sign-in is ended at Entra too; an eHerkenning sign-in ends here (not every broker offers sign-out).
        var viaEntra = context.User.Identity?.IsAuthenticated == true && context.User.FindFirst(DevelopmentSignIn.Methode) is null
            && context.User.FindFirst(EHerkenningIdentiteit.KvkClaim) is null;
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return viaEntra
            ? TypedResults.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIdConnectDefaults.AuthenticationScheme])
            : TypedResults.Redirect("/");
    }

    /// <summary>Where a person lands after signing in: their own organisation's page.</summary>
    private static RedirectHttpResult MyPage(HttpContext context) =>
        TypedResults.Redirect(context.RequiredActor() is { Organisatie: { } organisatie, Rollen.Count: > 0 } ? $"/organisaties/{organisatie.Id}" : "/geen-rol");
}
