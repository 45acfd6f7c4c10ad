using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Vragen;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten.Vragen;

namespace Regio.Functions.Features.Trajecten.Vragen;

/// <summary>
/// Questions and the Nota van Inlichtingen of a traject: aanbieders ask, the owner answers (If-Match: the question's
/// ETag) and publishes all answers at once. Who sees what is decided by the access policy behind each use case.
/// </summary>
public static class VragenEndpoints
{
    public static IEndpointRouteBuilder MapTrajectVragen(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/trajecten/{trajectId}").WithTags("Vragen en Nota van Inlichtingen").RequireAuthorization(Policies.Lid);
        group.MapPost("/vragen", Ask).WithSummary("Een vraag stellen over een gepubliceerd traject (medewerker van een aanbieder). Perceel leeg: over het hele traject.");
        group.MapGet("/vragen", List).WithSummary("De vragen die u mag zien: de eigenaar ziet alle vragen met vragensteller, een aanbieder alleen de eigen vragen en hun status.");
        group.MapPut("/vragen/{vraagNummer:int}/antwoord", Answer)
            .WithSummary("Een vraag beantwoorden of het antwoord herschrijven tot het gepubliceerd is (eigenaar; If-Match: de ETag van de vraag).");
        group.MapPost("/nota-van-inlichtingen", Publish)
            .WithSummary("Alle beantwoorde, nog niet gepubliceerde vragen tegelijk publiceren als Nota van Inlichtingen (eigenaar).");
        group.MapGet("/nota-van-inlichtingen", Notas)
            .WithSummary("De gepubliceerde Notas van Inlichtingen: genummerde vragen met antwoorden, zonder wie ze stelde.");
        return app;
    }

    private static async Task<Results<Created<VraagView>, Probleem>> Ask(
        string trajectId, VraagRequest request, HttpContext context, Vraagstelling vraagstelling, CancellationToken cancellationToken)
    {
        var uitkomst = await vraagstelling.AskAsync(context.RequiredActor(), new TrajectId(trajectId), request.Perceel, request.Tekst, cancellationToken);
        return uitkomst is Uitkomst<EigenVraag>.Gelukt g
            ? TypedResults.Created($"/api/trajecten/{trajectId}/vragen", VraagView.VoorAanbieder(g.Waarde))
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<VragenlijstView>, Probleem>> List(
        string trajectId, HttpContext context, VragenBekijken vragen, CancellationToken cancellationToken)
    {
        var uitkomst = await vragen.GetAsync(context.RequiredActor(), new TrajectId(trajectId), cancellationToken);
        return uitkomst is Uitkomst<Vragenoverzicht>.Gelukt g ? TypedResults.Ok(VragenlijstView.From(g.Waarde)) : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<VraagView>, Probleem>> Answer(
        string trajectId, int vraagNummer, AntwoordRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, VraagBeantwoorden beantwoorden, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return Probleem.Van(
                StatusCodes.Status428PreconditionRequired,
                detail: "Stuur de ETag van de vraag die u las mee in de header If-Match, zodat u niemands antwoord overschrijft.");
        }
        var uitkomst = await beantwoorden.AnswerAsync(context.RequiredActor(), new TrajectId(trajectId), vraagNummer, request.Tekst, Versie.Parse(ifMatch), cancellationToken);
        if (uitkomst is not Uitkomst<VraagVersie>.Gelukt g)
        {
            return UitkomstResults.Weigering(uitkomst);
        }
        context.Response.Headers.ETag = g.Waarde.Versie.ToString();
        return TypedResults.Ok(VraagView.VoorEigenaar(g.Waarde));
    }

    private static async Task<Results<Created<NotaView>, Probleem>> Publish(
        string trajectId, HttpContext context, NotaPublicatie publicatie, CancellationToken cancellationToken)
    {
        var uitkomst = await publicatie.PublishAsync(context.RequiredActor(), new TrajectId(trajectId), cancellationToken);
        return uitkomst is Uitkomst<GepubliceerdeNota>.Gelukt g
            ? TypedResults.Created($"/api/trajecten/{trajectId}/nota-van-inlichtingen", NotaView.From(g.Waarde))
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<List<NotaView>>, Probleem>> Notas(
        string trajectId, HttpContext context, VragenBekijken vragen, CancellationToken cancellationToken)
    {
        var uitkomst = await vragen.GetAsync(context.RequiredActor(), new TrajectId(trajectId), cancellationToken);
        return uitkomst is Uitkomst<Vragenoverzicht>.Gelukt g ? TypedResults.Ok(g.Waarde.Notas.Select(NotaView.From).ToList()) : UitkomstResults.Weigering(uitkomst);
    }
}
