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

/// <summary>
/// Verwervingstrajecten: list, read, create, change its data, add a perceel, move a perceel to another phase. Every write carries the
/// ETag that was read (If-Match); who may see or change what is decided by the access policy behind the use cases.
/// </summary>
public static class TrajectEndpoints
{
    public static IEndpointRouteBuilder MapTrajecten(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/trajecten").WithTags("Trajecten").RequireAuthorization(Policies.Lid);
        group.MapGet("/", List).WithSummary("De trajecten die u mag zien: gepubliceerde, en de nog niet gepubliceerde van uw eigen organisatie.");
        group.MapPost("/", Create).WithSummary("Een traject aanmaken: lokaal (inkoper van de gemeente) of regionaal (regiocoördinator).");
        group.MapGet("/{trajectId}", Get).WithSummary("Een traject met zijn percelen en hun fase. De ETag staat in de header.");
        group.MapPut("/{trajectId}", Update)
            .WithSummary("Naam, deelnemers, procedure, domein en contractvoorwaarden vervangen (If-Match). Na publicatie liggen procedure, deelnemers en contractvoorwaarden vast (409, code TrajectGepubliceerd).");
        group.MapPost("/{trajectId}/percelen", AddPerceel).WithSummary("Een perceel toevoegen (If-Match: de ETag van het traject).");
        group.MapPost("/{trajectId}/percelen/{nummer:int}/fase", ChangeFase)
            .WithSummary("Een perceel naar een andere fase brengen (If-Match). Een wettelijke voorwaarde die ontbreekt geeft 409 met de code van de weigering.");
        group.MapTrajectDossier();
        group.MapTrajectPlanning();
        group.MapTrajectGeschiedenis();
        return app;
    }

    private static async Task<Ok<IEnumerable<TrajectDetailView>>> List(HttpContext context, TrajectenBekijken beheer, CancellationToken cancellationToken)
    {
        var uitkomst = await beheer.ListAsync(context.RequiredActor(), cancellationToken);
        var lijst = uitkomst is Uitkomst<IReadOnlyList<TrajectVersie>>.Gelukt g ? g.Waarde : [];
        return TypedResults.Ok(lijst.Select(TrajectDetailView.From));
    }

    private static async Task<Results<Ok<TrajectDetailView>, Probleem>> Get(
        string trajectId, HttpContext context, TrajectBekijken beheer, CancellationToken cancellationToken) =>
        Answer(context, await beheer.GetAsync(context.RequiredActor(), new TrajectId(trajectId), cancellationToken));

    private static async Task<Results<Created<TrajectDetailView>, Probleem>> Create(
        NieuwTrajectRequest request, HttpContext context, TrajectAanmaken beheer, CancellationToken cancellationToken)
    {
        if (request.Fouten() is { Count: > 0 } fouten)
        {
            return UitkomstResults.Weigering(new Uitkomst<TrajectVersie>.Ongeldig(fouten));
        }
        var uitkomst = await beheer.CreateAsync(context.RequiredActor(), request.AlsNieuwTraject(), cancellationToken);
        if (uitkomst is not Uitkomst<TrajectVersie>.Gelukt g)
        {
            return UitkomstResults.Weigering(uitkomst);
        }
        context.Response.Headers.ETag = g.Waarde.Versie.ToString();
        return TypedResults.Created($"/api/trajecten/{g.Waarde.Traject.Id}", TrajectDetailView.From(g.Waarde));
    }

    private static async Task<Results<Ok<TrajectDetailView>, Probleem>> Update(
        string trajectId, TrajectWijzigingRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, TrajectWijzigen beheer, CancellationToken cancellationToken)
    {
        if (request.Fouten() is { Count: > 0 } fouten)
        {
            return UitkomstResults.Weigering(new Uitkomst<TrajectVersie>.Ongeldig(fouten));
        }
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return EtagNodig();
        }
        return Answer(context, await beheer.SaveAsync(context.RequiredActor(), new TrajectId(trajectId), request.AlsWijziging(), Versie.Parse(ifMatch), cancellationToken));
    }

    private static async Task<Results<Ok<TrajectDetailView>, Probleem>> AddPerceel(
        string trajectId, PerceelRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, PerceelToevoegen beheer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return EtagNodig();
        }
        return Answer(context, await beheer.AddAsync(context.RequiredActor(), new TrajectId(trajectId), request.Naam, Versie.Parse(ifMatch), cancellationToken));
    }

    private static async Task<Results<Ok<TrajectDetailView>, Probleem>> ChangeFase(
        string trajectId, int nummer, FaseRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, FaseWijzigen beheer, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<Fase>(request.Naar, ignoreCase: true, out var naar) || !Enum.IsDefined(naar) || int.TryParse(request.Naar, out _))
        {
            return UitkomstResults.Weigering(new Uitkomst<TrajectVersie>.Ongeldig(new Dictionary<string, string>
            {
                ["naar"] = $"Kies een fase: {string.Join(", ", Enum.GetNames<Fase>())}.",
            }));
        }
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return EtagNodig();
        }
        return Answer(context, await beheer.ChangeAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, naar, Versie.Parse(ifMatch), cancellationToken));
    }

    internal static Results<Ok<TrajectDetailView>, Probleem> Answer(HttpContext context, Uitkomst<TrajectVersie> uitkomst)
    {
        if (uitkomst is not Uitkomst<TrajectVersie>.Gelukt g)
        {
            return UitkomstResults.Weigering(uitkomst);
        }
        context.Response.Headers.ETag = g.Waarde.Versie.ToString();
        return TypedResults.Ok(TrajectDetailView.From(g.Waarde));
    }

    internal static Probleem EtagNodig() => Probleem.Van(
        StatusCodes.Status428PreconditionRequired,
        detail: "Stuur de ETag van het traject dat u las mee in de header If-Match, zodat u niemands wijziging overschrijft.");
}
