using Microsoft.AspNetCore.Authorization;
using Regio.Platform.Toegang;

namespace Regio.Functions.Hosting.Auth;

/// <summary>
/// The two things an endpoint can require. What someone may then do to a particular resource is decided by the
/// access policy in Regio.Platform, not here.
/// </summary>
public static class Policies
{
    /// <summary>Signed in from a registered organisation's tenant, with or without a role (for "who am I").</summary>
    public const string Aangemeld = "Aangemeld";

    /// <summary>Signed in, and a member of an organisation with at least one role.</summary>
    public const string Lid = "Lid";

    public const string GeenRol =
        "U bent aangemeld, maar u heeft nog geen rol op Regio. Vraag de inkoper van uw gemeente (of de tekenbevoegde van uw organisatie) of de platformbeheerder om u een rol te geven.";

    public static IServiceCollection AddRegioPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Aangemeld, p => p.RequireAuthenticatedUser().AddRequirements(new ActorRequirement(needsRole: false)))
            .AddPolicy(Lid, p => p.RequireAuthenticatedUser().AddRequirements(new ActorRequirement(needsRole: true)));
        services.AddSingleton<IAuthorizationHandler, ActorRequirementHandler>();
        return services;
    }

    private sealed class ActorRequirement(bool needsRole) : IAuthorizationRequirement
    {
        public bool NeedsRole => needsRole;
    }

    private sealed class ActorRequirementHandler : AuthorizationHandler<ActorRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ActorRequirement requirement)
        {
            var actor = (context.Resource as HttpContext)?.GetActor();
            if (actor is not null && (!requirement.NeedsRole || actor is { Organisatie: not null, Rollen.Count: > 0 }))
            {
                context.Succeed(requirement);
            }
            else if (actor is not null)
            {
                context.Fail(new AuthorizationFailureReason(this, GeenRol));
            }
            return Task.CompletedTask;
        }
    }
}
