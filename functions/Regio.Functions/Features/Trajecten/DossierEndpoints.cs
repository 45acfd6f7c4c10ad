using Azure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regio.Domain.Trajecten;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform.Storage;
using Regio.Platform;
using Regio.Platform.Trajecten;

namespace Regio.Functions.Features.Trajecten;

/// <summary>Recording the dated facts of a perceel (announcement, proces-verbaal, gunningsbeslissing ...) that its phase gates read.</summary>
public static class DossierEndpoints
{
    public static RouteGroupBuilder MapTrajectDossier(this RouteGroupBuilder group)
    {
        group.MapPost("/{trajectId}/percelen/{nummer:int}/dossier", LegVast)
            .WithSummary("Een feit in het dossier van een perceel vastleggen (If-Match). Soorten: " + string.Join(", ", Enum.GetNames<Feitsoort>())
                + ". Een feit dat al is vastgelegd wordt niet overschreven (409).");
        return group;
    }

    private static async Task<Results<Ok<TrajectDetailView>, Probleem>> LegVast(
        string trajectId, int nummer, FeitRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, DossierVastleggen beheer, CancellationToken cancellationToken)
    {
        var (feit, fouten) = new FeitInvoer(request.Soort, request.Datum, request.Fase, request.Tekst, request.BezwaarSoort, request.Bezwaar, request.Deelnemers).Lees();
        if (feit is null)
        {
            return UitkomstResults.Weigering(new Uitkomst<TrajectVersie>.Ongeldig(fouten));
        }
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return TrajectEndpoints.EtagNodig();
        }
        var uitkomst = await beheer.SaveAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, feit, Versie.Parse(ifMatch), cancellationToken);
        return TrajectEndpoints.Answer(context, uitkomst);
    }
}
