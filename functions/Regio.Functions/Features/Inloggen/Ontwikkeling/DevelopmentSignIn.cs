using Regio.Functions.Hosting;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regio.Domain.Organisaties;
using Regio.Functions.Components;
using Regio.Functions.Hosting.Auth;
using Regio.Platform.Toegang;

namespace Regio.Functions.Features.Inloggen.Ontwikkeling;

/// <summary>
/// The development sign-in as anyone registered (the demo people, and whoever was given a role through the API): a page
/// that lists them, `GET /dev/users` and `POST /dev/token`.
/// Mapped in Development only; elsewhere these routes do not exist (404).
/// </summary>
public static class DevelopmentSignIn
{
    public const string Methode = "regio:aanmelding";

    public static IServiceCollection AddDevelopmentSignIn(this IServiceCollection services, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            services.AddSingleton<DemoGebruikers>();
            services.AddSingleton<DevelopmentTokens>();
            services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
                .PostConfigure<DevelopmentTokens>((options, tokens) => tokens.TrustIn(options));
        }
        return services;
    }

    public static IEndpointRouteBuilder MapDevelopmentSignIn(this IEndpointRouteBuilder app, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            return app;
        }
        var dev = app.MapGroup("/dev").WithTags("Ontwikkeling").AllowAnonymous();
        dev.MapGet("/users", GetUsers)
            .WithSummary("Iedereen die geregistreerd is, met id, organisatie, rollen, tenantId en objectId (alleen in Development).");
        dev.MapPost("/token", PostToken)
            .WithSummary("Een bearer-token voor een geregistreerde persoon, zoals Entra ID het zou uitgeven: met userId uit GET /dev/users, of met tenantId en objectId (alleen in Development).");
        dev.MapGet("/aanmelden", GetPage).ExcludeFromDescription();
        dev.MapPost("/aanmelden", PostSignIn).ExcludeFromDescription();
        return app;
    }

    private static async Task<Ok<IEnumerable<DemoUserView>>> GetUsers(DemoGebruikers gebruikers, CancellationToken cancellationToken) =>
        TypedResults.Ok((await gebruikers.AllAsync(cancellationToken)).Select(DemoUserView.From));

    private static async Task<Results<Ok<TokenView>, Probleem>> PostToken(TokenRequest request, DemoGebruikers gebruikers, DevelopmentTokens tokens, CancellationToken cancellationToken)
    {
        var (gebruiker, fout) = await request.FindAsync(gebruikers, cancellationToken);
        return gebruiker is not null
            ? TypedResults.Ok(new TokenView(tokens.Mint(gebruiker), "Bearer", (int)DevelopmentTokens.Lifetime.TotalSeconds))
            : fout!.AlsProbleem();
    }

    // IResult, not RazorComponentResult<LosePagina>: the request delegate generator cannot see types that the Razor
    // generator makes, and would emit code that does not compile.
    private static async Task<IResult> GetPage(DemoGebruikers gebruikers, CancellationToken cancellationToken) =>
        LosePagina.Voor<DemoInloggen>(new Dictionary<string, object> { [nameof(DemoInloggen.Gebruikers)] = await gebruikers.AllAsync(cancellationToken) });

    private static async Task<Results<RedirectHttpResult, Probleem>> PostSignIn(
        [FromForm(Name = "gebruiker")] string? id, HttpContext context, DemoGebruikers gebruikers, ActorResolver resolver, Toegangslog log)
    {
        if (await gebruikers.FindAsync(id, context.RequestAborted) is not { } gebruiker)
        {
            return Probleem.Van(400, detail: "Kies een van de mensen op de aanmeldpagina.");
        }
        var identity = new ClaimsIdentity(
        [
            new Claim("tid", gebruiker.TenantId.ToString()),
            new Claim("oid", gebruiker.ObjectId.ToString()),
            new Claim("name", gebruiker.Naam),
            new Claim(Methode, "ontwikkeling"),
        ], CookieAuthenticationDefaults.AuthenticationScheme, "name", null);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        if (await resolver.ResolveAsync(gebruiker.TenantId, gebruiker.ObjectId, gebruiker.Naam, context.RequestAborted) is { } actor)
        {
            await log.LogSignInAsync(actor, gebruiker.Demo ? "Ontwikkelaanmelding (demo)" : "Ontwikkelaanmelding", context.RequestAborted);
        }
        return TypedResults.Redirect("/mijn");
    }
}

public sealed record DemoUserView(string Id, string Naam, string Organisatie, string Soort, IReadOnlyList<string> Rollen, Guid TenantId, Guid ObjectId)
{
    public static DemoUserView From(DemoGebruikerView g) =>
        new(g.Id, g.Naam, g.Organisatie, g.Soort, g.Rollen.Select(r => r.Naam()).ToList(), g.TenantId, g.ObjectId);
}

public sealed record TokenView(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);
