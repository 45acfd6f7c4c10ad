using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regio.Domain.Contracten;
using Regio.Domain.Trajecten;
using Regio.Functions.Features.Contracten;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten.Gunningen;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Functions.Features.Trajecten.Gunningen;

/// <summary>
/// The gunning of a perceel: the decision (concept, preview, sending at one moment), the letters (each inschrijver only its
/// own, and only once sent), the definitive award that creates the contracts; bezwaren and the proces-verbaal are in
/// <see cref="BezwaarEndpoints"/>. Who may do what is decided behind each use case's <see cref="GunningPoort"/>.
/// </summary>
public static class GunningEndpoints
{
    public static IEndpointRouteBuilder MapTrajectGunning(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/trajecten/{trajectId}/percelen/{nummer:int}").WithTags("Gunning").RequireAuthorization(Policies.Lid);
        group.MapGet("/gunning", Bekijk)
            .WithSummary("De gunning van een perceel: de beslissing, de opschortende termijn met einddatum, de brieven, bezwaren en contracten. Een inschrijver ziet alleen het zijne, en pas na verzending.");
        group.MapPost("/gunning", StelOp)
            .WithSummary("Het concept van de gunningsbeslissing opstellen of wijzigen (inkoper): winnaars (één of meer), de reden bij een gelijke stand of afwijking van de rangorde, een toelichting. Wijzigen met If-Match.");
        group.MapGet("/gunning/concept", Concept).WithSummary("De conceptbrieven zoals ze bij verzending vandaag luiden, en of verzenden nu kan (en zo niet, waarom).");
        group.MapPost("/gunning/verzenden", Verzend)
            .WithSummary("Alle brieven tegelijk verzenden (If-Match: de ETag van het concept). De verzenddatum start de opschortende termijn; vereist een complete beoordeling.");
        group.MapGet("/gunning/brieven", Brieven).WithSummary("De verzonden brieven: voor de aanbestedende dienst alle, voor een inschrijver alleen de eigen.");
        group.MapGet("/gunning/brieven/{inschrijver}", Brief)
            .WithSummary("Een gunningsbrief als DOCX. Een inschrijver leest alleen de eigen brief, na verzending; andere brieven geven 404. De SHA-256 staat in X-Regio-Sha256.");
        group.MapPost("/gunning/definitief", Definitief)
            .WithSummary("Definitief gunnen: na de opschortende termijn en zonder lopend bezwaar (anders 409 met code StandstillLoopt of BezwaarLoopt). Maakt per gegunde inschrijver een contract; startdatum (standaard de geplande start) en bij taakgerichte bekostiging het bedrag per jaar.");
        group.MapBezwaren();
        return app;
    }

    private static async Task<Results<Ok<GunningView>, Probleem>> Bekijk(string trajectId, int nummer, HttpContext context, GunningBekijken bekijken, CancellationToken ct)
    {
        var uitkomst = await bekijken.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ct);
        return uitkomst is Uitkomst<Gunningsbeeld>.Gelukt g ? TypedResults.Ok(GunningView.From(g.Waarde)) : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<BesluitView>, Probleem>> StelOp(string trajectId, int nummer, GunningRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, BesluitOpstellen opstellen, CancellationToken ct)
    {
        var uitkomst = await opstellen.SaveAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, request.Winnaars, request.Afwijking, request.Toelichting,
            string.IsNullOrWhiteSpace(ifMatch) ? null : Versie.Parse(ifMatch), ct);
        return Besluit(context, uitkomst);
    }

    private static async Task<Results<Ok<ConceptbrievenView>, Probleem>> Concept(string trajectId, int nummer, HttpContext context, ConceptbrievenBekijken conceptbrieven, CancellationToken ct)
    {
        var uitkomst = await conceptbrieven.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ct);
        return uitkomst is Uitkomst<Conceptbrieven>.Gelukt g ? TypedResults.Ok(ConceptbrievenView.From(g.Waarde)) : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<BesluitView>, Probleem>> Verzend(string trajectId, int nummer,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, BrievenVerzenden verzenden, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return Probleem.Van(StatusCodes.Status428PreconditionRequired,
                detail: "Stuur de ETag van het concept dat u bekeek mee in de header If-Match, zodat precies dat concept wordt verzonden.");
        }
        return Besluit(context, await verzenden.SendAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, Versie.Parse(ifMatch), ct));
    }

    private static async Task<Results<Ok<List<BriefView>>, Probleem>> Brieven(string trajectId, int nummer, HttpContext context, GunningBekijken bekijken, CancellationToken ct)
    {
        var uitkomst = await bekijken.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ct);
        return uitkomst is Uitkomst<Gunningsbeeld>.Gelukt g
            ? TypedResults.Ok(g.Waarde.Brieven.Select(b => BriefView.From(trajectId, nummer, b)).ToList())
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<FileStreamHttpResult, Probleem>> Brief(string trajectId, int nummer, string inschrijver, HttpContext context, BriefLezen lezen, CancellationToken ct)
    {
        var uitkomst = await lezen.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, inschrijver, ct);
        if (uitkomst is not Uitkomst<Briefbestand>.Gelukt { Waarde: var b })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers["X-Regio-Sha256"] = b.Brief.Sha256;
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(b.Inhoud, GunningBlobs.ContentType, b.Bestandsnaam);
    }

    private static async Task<Results<Ok<List<ContractDetailView>>, Probleem>> Definitief(string trajectId, int nummer, DefinitiefRequest? request,
        HttpContext context, DefinitieveGunning gunning, CancellationToken ct)
    {
        var uitkomst = await gunning.AwardAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, request?.Startdatum, request?.BedragPerJaar, ct);
        return uitkomst is Uitkomst<IReadOnlyList<Contract>>.Gelukt g
            ? TypedResults.Ok(g.Waarde.Select(c => ContractDetailView.From(c, null)).ToList())
            : UitkomstResults.Weigering(uitkomst);
    }

    private static Results<Ok<BesluitView>, Probleem> Besluit(HttpContext context, Uitkomst<Gelezen<Domain.Trajecten.Gunningen.Gunningsbesluit>> uitkomst)
    {
        if (uitkomst is not Uitkomst<Gelezen<Domain.Trajecten.Gunningen.Gunningsbesluit>>.Gelukt { Waarde: var g })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = g.Versie.ToString();
        return TypedResults.Ok(BesluitView.From(g));
    }

}
