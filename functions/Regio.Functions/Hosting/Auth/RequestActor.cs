using Regio.Platform.Toegang;

namespace Regio.Functions.Hosting.Auth;

/// <summary>
/// Resolves the <see cref="Actor"/> of every signed-in request once, right after authentication, so that pages,
/// endpoints and authorization all see the same one. A cookie of a tenant that is no longer registered is ignored.
/// </summary>
public static class RequestActor
{
    private static readonly object Key = new();

    public static Actor? GetActor(this HttpContext context) => context.Items.TryGetValue(Key, out var actor) ? actor as Actor : null;

    /// <summary>The actor of a request that passed the <see cref="Policies.Lid"/> or <see cref="Policies.Aangemeld"/> policy.</summary>
    public static Actor RequiredActor(this HttpContext context) =>
        context.GetActor() ?? throw new InvalidOperationException("Dit endpoint mist een autorisatie-eis: er is geen actor.");

    public static IApplicationBuilder UseRequestActor(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && context.User.Ids() is { } ids)
        {
            var resolver = context.RequestServices.GetRequiredService<ActorResolver>();
            var actor = await resolver.ResolveAsync(ids.Tenant, ids.ObjectId, context.User.DisplayName(), context.User.Upn(), context.RequestAborted);
            // Someone of an unregistered tenant is an actor only where they may register their care provider.
            context.Items[Key] = actor is null && OnbekendeTenantAttribute.IsToegestaan(context)
                ? new Actor(ids.Tenant, ids.ObjectId, context.User.DisplayName(), null, new HashSet<Regio.Domain.Organisaties.Rol>())
                : actor;
        }
        await next(context);
    });
}
