using Microsoft.AspNetCore.Http.HttpResults;
using Regio.Domain.Regios;
using Regio.Functions.Features.Regios;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Regiostatus;

namespace Regio.Functions.Features.Regiostatus;

/// <summary>
/// The status of everything the regio buys together, for its coordinator and for the people of its gemeenten (each sees
/// what the access policy lets them). Anyone outside the regio gets 404; an unknown filter value 400.
/// </summary>
public static class RegiostatusEndpoints
{
    public static IEndpointRouteBuilder MapRegiostatus(this IEndpointRouteBuilder app)
    {
        foreach (var group in app.MapRegioGroups(""))
        {
            group.WithTags("Regiostatus").RequireAuthorization(Policies.Lid)
                .MapGet("/status", Lees)
                .WithSummary("Waar staan we? Per traject en perceel de fase (en sinds wanneer), de volgende mijlpaal en of die op tijd is, "
                + "open bezwaren, het aantal inschrijvingen (alleen aantallen), contractstarts en evaluaties in de komende 90 dagen en de "
                + "aandelen per gemeente (regiocoördinator) of het eigen aandeel naast het eigen budget (gemeente). Filters: domein, fase, gemeente.");
        }
        return app;
    }

    private static async Task<Results<Ok<StatusView>, Probleem>> Lees(
        string regioId, string? domein, string? fase, string? gemeente, HttpContext context, RegiostatusQuery query, CancellationToken cancellationToken)
    {
        var uitkomst = await query.ReadAsync(context.RequiredActor(), new RegioId(regioId), domein, fase, gemeente, cancellationToken);
        return uitkomst is Uitkomst<Statusoverzicht>.Gelukt g
            ? TypedResults.Ok(StatusView.From(g.Waarde))
            : UitkomstResults.Weigering(uitkomst);
    }
}
