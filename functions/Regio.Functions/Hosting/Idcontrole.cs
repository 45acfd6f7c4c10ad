using Microsoft.AspNetCore.Components.Endpoints;
using Regio.Domain.Ids;
using Regio.Platform;

namespace Regio.Functions.Hosting;

/// <summary>
/// Every value in an API route is an id (trajectId, gemeenteId, deelnemer, maand, domein): each must satisfy the
/// <see cref="Idregel"/> before the handler runs, in this one place rather than in each endpoint. A value that no id has
/// is the caller's mistake and gets a 400 naming the route parameter; it never reaches storage, which would refuse it
/// as a key (and look unavailable). Pages find their own ids and say "niet gevonden" in a page of their own.
/// </summary>
public static class Idcontrole
{
    public static IApplicationBuilder UseIdcontrole(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint() is RouteEndpoint endpoint && endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is null
            && Fouten(endpoint, context.Request.RouteValues) is { Count: > 0 } fouten)
        {
            await UitkomstResults.Weigering(new Uitkomst<object>.Ongeldig(fouten)).ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    private static Dictionary<string, string> Fouten(RouteEndpoint endpoint, RouteValueDictionary waarden) =>
        endpoint.RoutePattern.Parameters
            .Where(p => !p.IsCatchAll && waarden.TryGetValue(p.Name, out var waarde) && waarde is string tekst && !Idregel.Past(tekst))
            .ToDictionary(p => p.Name, _ => Idregel.Melding);
}
