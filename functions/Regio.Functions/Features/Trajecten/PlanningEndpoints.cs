using Azure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Planning;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform.Storage;
using Regio.Platform;
using Regio.Platform.Trajecten;

namespace Regio.Functions.Features.Trajecten;

/// <summary>A traject's milestones: plan one, move it with a reason, record when it happened. Each write carries If-Match.</summary>
public static class PlanningEndpoints
{
    public static RouteGroupBuilder MapTrajectPlanning(this RouteGroupBuilder group)
    {
        group.MapPost("/{trajectId}/mijlpalen", Plan)
            .WithSummary("Een mijlpaal plannen (If-Match). Soorten: " + string.Join(", ", Enum.GetNames<MijlpaalSoort>()) + ".");
        group.MapPost("/{trajectId}/mijlpalen/{mijlpaalId:int}/verschuiving", Verschuif)
            .WithSummary("Een geplande mijlpaal verschuiven, met de reden (If-Match). Wie, wanneer en waarom worden bewaard.");
        group.MapPost("/{trajectId}/mijlpalen/{mijlpaalId:int}/realisatie", Realiseer)
            .WithSummary("Vastleggen op welke dag een mijlpaal werkelijk plaatsvond (If-Match). Niet in de toekomst.");
        return group;
    }

    private static async Task<Results<Ok<TrajectDetailView>, Probleem>> Plan(
        string trajectId, MijlpaalRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, MijlpalenPlannen beheer, CancellationToken cancellationToken)
    {
        var fouten = new Dictionary<string, string>();
        if (!Enum.TryParse<MijlpaalSoort>(request.Soort, ignoreCase: true, out var soort) || !Enum.IsDefined(soort) || int.TryParse(request.Soort, out _))
        {
            fouten["soort"] = $"Kies een soort mijlpaal: {string.Join(", ", Enum.GetNames<MijlpaalSoort>())}.";
        }
        if (request.Datum is null)
        {
            fouten["datum"] = "Geef de geplande datum (jjjj-mm-dd).";
        }
        if (Gebrek(fouten, ifMatch) is { } gebrek)
        {
            return gebrek;
        }
        return TrajectEndpoints.Answer(context, await beheer.PlanAsync(
            context.RequiredActor(), new TrajectId(trajectId), soort, request.Omschrijving, request.Datum!.Value, Versie.Parse(ifMatch), cancellationToken));
    }

    private static async Task<Results<Ok<TrajectDetailView>, Probleem>> Verschuif(
        string trajectId, int mijlpaalId, VerschuivingRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, MijlpalenPlannen beheer, CancellationToken cancellationToken)
    {
        var fouten = request.Datum is null ? new Dictionary<string, string> { ["datum"] = "Geef de nieuwe geplande datum (jjjj-mm-dd)." } : [];
        if (Gebrek(fouten, ifMatch) is { } gebrek)
        {
            return gebrek;
        }
        return TrajectEndpoints.Answer(context, await beheer.MoveAsync(
            context.RequiredActor(), new TrajectId(trajectId), new MijlpaalId(mijlpaalId), request.Datum!.Value, request.Reden, Versie.Parse(ifMatch), cancellationToken));
    }

    private static async Task<Results<Ok<TrajectDetailView>, Probleem>> Realiseer(
        string trajectId, int mijlpaalId, RealisatieRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, MijlpalenPlannen beheer, CancellationToken cancellationToken)
    {
        var fouten = request.Datum is null ? new Dictionary<string, string> { ["datum"] = "Geef de dag waarop de mijlpaal plaatsvond (jjjj-mm-dd)." } : [];
        if (Gebrek(fouten, ifMatch) is { } gebrek)
        {
            return gebrek;
        }
        return TrajectEndpoints.Answer(context, await beheer.CompleteAsync(
            context.RequiredActor(), new TrajectId(trajectId), new MijlpaalId(mijlpaalId), request.Datum!.Value, Versie.Parse(ifMatch), cancellationToken));
    }

    private static Probleem? Gebrek(Dictionary<string, string> fouten, string? ifMatch) =>
        fouten.Count > 0 ? UitkomstResults.Weigering(new Uitkomst<TrajectVersie>.Ongeldig(fouten))
        : string.IsNullOrWhiteSpace(ifMatch) ? TrajectEndpoints.EtagNodig()
        : null;
}
