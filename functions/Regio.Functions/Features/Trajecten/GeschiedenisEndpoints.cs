using Microsoft.AspNetCore.Http.HttpResults;
using Regio.Domain.Trajecten;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Trajecten;

namespace Regio.Functions.Features.Trajecten;

public sealed record GeschiedenisView(string TrajectId, KetenView Keten, IReadOnlyList<GebeurtenisView> Gebeurtenissen);

/// <summary>Whether the hash chain of the traject's partition is whole; <see cref="Breuk"/> names the first broken link.</summary>
public sealed record KetenView(bool Heel, long Gebeurtenissen, string? Breuk);

public sealed record GebeurtenisView(DateTimeOffset Tijdstip, string Wie, string Organisatie, string Actie, string? Voor, string? Na);

/// <summary>A traject's history from its audit events, with a verification of their hash chain.</summary>
public static class GeschiedenisEndpoints
{
    public static RouteGroupBuilder MapTrajectGeschiedenis(this RouteGroupBuilder group)
    {
        group.MapGet("/{trajectId}/geschiedenis", Lees)
            .WithSummary("De geschiedenis van een traject (alle wijzigingen, wie en wanneer) en de controle van de hashketen.");
        return group;
    }

    private static async Task<Results<Ok<GeschiedenisView>, Probleem>> Lees(
        string trajectId, HttpContext context, TrajectGeschiedenis geschiedenis, CancellationToken cancellationToken)
    {
        var uitkomst = await geschiedenis.ReadAsync(context.RequiredActor(), new TrajectId(trajectId), cancellationToken);
        if (uitkomst is not Uitkomst<TrajectHistorie>.Gelukt g)
        {
            return UitkomstResults.Weigering(uitkomst);
        }
        var h = g.Waarde;
        return TypedResults.Ok(new GeschiedenisView(
            h.Traject.Id.Value,
            new KetenView(h.Keten.IsHeel, h.Keten.Gebeurtenissen, h.Keten.Breuk),
            h.Gebeurtenissen.Select(e => new GebeurtenisView(e.Tijdstip, e.Wie, e.Organisatie, e.Actie, e.Voor, e.Na)).ToList()));
    }
}
