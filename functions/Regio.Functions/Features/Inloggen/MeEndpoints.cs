using Microsoft.AspNetCore.Http.HttpResults;
using Regio.Domain.Organisaties;
using Regio.Functions.Hosting.Auth;

namespace Regio.Functions.Features.Inloggen;

public static class MeEndpoints
{
    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", GetMe)
            .WithTags("Aanmelding")
            .WithSummary("Wie de aanroeper is: organisatie, soort organisatie en rollen.")
            .RequireAuthorization(Policies.Aangemeld);
        return app;
    }

    private static Ok<MeView> GetMe(HttpContext context)
    {
        var actor = context.RequiredActor();
        return TypedResults.Ok(new MeView(
            actor.Naam,
            actor.TenantId,
            actor.ObjectId,
            actor.Organisatie?.Id.Value,
            actor.Organisatie?.Naam,
            actor.Organisatie?.Soort.ToString().ToLowerInvariant(),
            actor.Rollen.Order().Select(r => r.Naam()).ToList()));
    }
}

public sealed record MeView(string Naam, Guid TenantId, Guid ObjectId, string? Organisatie, string? OrganisatieNaam, string? Soort, IReadOnlyList<string> Rollen);
