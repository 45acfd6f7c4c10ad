using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regio.Domain.Regios;
using Regio.Functions.Features.Regios;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Rapportages;
using Regio.Platform.Storage;

namespace Regio.Functions.Features.Rapportages;

/// <summary>
/// The regio's monthly raadsinformatiebrief: generate a concept for a month from the data, edit it (If-Match), make it
/// final (If-Match; then it never changes), list per month, read, download as DOCX. Access is decided behind
/// RapportagePoort: the coordinators write; the regio's gemeenten read final letters; everyone else gets 404.
/// </summary>
public static class RapportageEndpoints
{
    public static IEndpointRouteBuilder MapRapportages(this IEndpointRouteBuilder app)
    {
        foreach (var group in app.MapRegioGroups("/rapportages"))
        {
            group.WithTags("Raadsinformatiebrieven").RequireAuthorization(Policies.Lid);
            group.MapGet("/", List)
                .WithSummary("De raadsinformatiebrieven van de regio per maand, nieuwste eerst. Medewerkers van de gemeenten zien alleen definitieve brieven.");
            group.MapPost("/", Generate)
                .WithSummary("Een concept genereren voor een maand (regiocoördinator), bijvoorbeeld {\"maand\": \"2022-01\"}. Niet voor een maand die nog moet beginnen; bestaat er al een brief, dan 409 met code BestaatAl.");
            group.MapGet("/{maand}", Get).WithSummary("Eén brief (maand als jjjj-mm) met de vier onderdelen. De ETag staat in de header.");
            group.MapPut("/{maand}", Update)
                .WithSummary("De vier onderdelen van een concept vervangen (If-Match). Geen onderdeel mag leeg zijn. Een definitieve brief verandert niet meer (409, code AlDefinitief).");
            group.MapPost("/{maand}/definitief", Finalise)
                .WithSummary("Een concept definitief maken zoals u het las (If-Match). Het document (DOCX) wordt bewaard en de brief verandert daarna niet meer.");
            group.MapGet("/{maand}/docx", Download)
                .WithSummary("De brief als Word-document (DOCX). Een concept is als concept gemarkeerd; van een definitieve brief komt het bewaarde document.");
        }
        return app;
    }

    private static async Task<Results<Ok<RapportagesView>, Probleem>> List(
        string regioId, HttpContext context, RapportagesBekijken bekijken, CancellationToken cancellationToken)
    {
        var uitkomst = await bekijken.ListAsync(context.RequiredActor(), new RegioId(regioId), cancellationToken);
        return uitkomst is Uitkomst<Rapportagelijst>.Gelukt g ? TypedResults.Ok(RapportagesView.From(g.Waarde)) : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Created<RapportageView>, Probleem>> Generate(
        string regioId, NieuweRapportageRequest request, HttpContext context, RapportageGenereren genereren, CancellationToken cancellationToken)
    {
        var uitkomst = await genereren.GenerateAsync(context.RequiredActor(), new RegioId(regioId), request.Maand, cancellationToken);
        if (uitkomst is not Uitkomst<RapportageVersie>.Gelukt g)
        {
            return UitkomstResults.Weigering(uitkomst);
        }
        context.Response.Headers.ETag = g.Waarde.Versie.ToString();
        return TypedResults.Created(RapportageView.Pad(g.Waarde.Rapportage), RapportageView.From(g.Waarde));
    }

    private static async Task<Results<Ok<RapportageView>, Probleem>> Get(
        string regioId, string maand, HttpContext context, RapportagesBekijken bekijken, CancellationToken cancellationToken) =>
        Answer(context, await bekijken.GetAsync(context.RequiredActor(), new RegioId(regioId), maand, cancellationToken));

    private static async Task<Results<Ok<RapportageView>, Probleem>> Update(
        string regioId, string maand, RapportageTekstenRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, RapportageBewerken bewerken, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(ifMatch)
            ? EtagNodig()
            : Answer(context, await bewerken.SaveAsync(context.RequiredActor(), new RegioId(regioId), maand, request.AlsInvoer(), Versie.Parse(ifMatch), cancellationToken));

    private static async Task<Results<Ok<RapportageView>, Probleem>> Finalise(
        string regioId, string maand, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, RapportageDefinitiefMaken definitiefMaken, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(ifMatch)
            ? EtagNodig()
            : Answer(context, await definitiefMaken.FinaliseAsync(context.RequiredActor(), new RegioId(regioId), maand, Versie.Parse(ifMatch), cancellationToken));

    private static async Task<Results<FileContentHttpResult, Probleem>> Download(
        string regioId, string maand, HttpContext context, RapportageDownloaden downloaden, CancellationToken cancellationToken)
    {
        var uitkomst = await downloaden.DownloadAsync(context.RequiredActor(), new RegioId(regioId), maand, cancellationToken);
        if (uitkomst is not Uitkomst<RapportageDocument>.Gelukt { Waarde: var document })
        {
            return UitkomstResults.Weigering(uitkomst);
        }
        context.Response.Headers.CacheControl = "private, no-store";
        if (document.Versie.Bestand is { } bestand)
        {
            context.Response.Headers["X-Regio-Sha256"] = bestand.Sha256;
        }
        return TypedResults.File(document.Inhoud, RapportageDocx.ContentType, document.Bestandsnaam);
    }

    private static Results<Ok<RapportageView>, Probleem> Answer(HttpContext context, Uitkomst<RapportageVersie> uitkomst)
    {
        if (uitkomst is not Uitkomst<RapportageVersie>.Gelukt g)
        {
            return UitkomstResults.Weigering(uitkomst);
        }
        context.Response.Headers.ETag = g.Waarde.Versie.ToString();
        return TypedResults.Ok(RapportageView.From(g.Waarde));
    }

    private static Probleem EtagNodig() => Probleem.Van(
        StatusCodes.Status428PreconditionRequired,
        detail: "Stuur de ETag van de brief die u las mee in de header If-Match, zodat u niemands wijziging overschrijft.");
}
