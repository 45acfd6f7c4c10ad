namespace Regio.Functions.Features.Regios;

/// <summary>
/// Where what belongs to one regio lives: under <c>/api/regios/{regioId}</c>. The routes from before there were many
/// regio's, <c>/api/regio/{regioId}/…</c>, keep working for the clients that use them, out of the API description.
/// </summary>
public static class RegioRoutes
{
    public const string Prefix = "/api/regios/{regioId}";
    private const string OudPrefix = "/api/regio/{regioId}";

    /// <summary>The group at <paramref name="pad"/> under the regio, and the same group at the old address; map each alike.</summary>
    public static IEnumerable<RouteGroupBuilder> MapRegioGroups(this IEndpointRouteBuilder app, string pad)
    {
        yield return app.MapGroup(Prefix + pad);
        yield return app.MapGroup(OudPrefix + pad).ExcludeFromDescription();
    }
}
