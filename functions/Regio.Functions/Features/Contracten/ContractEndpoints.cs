using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Contracten;
using Regio.Platform.Storage;

namespace Regio.Functions.Features.Contracten;

/// <summary>
/// Contracts from definitive awards: the ones the caller may see, one contract, moving its start with a reason, and the
/// taakgericht amount per year. Changes carry the version that was read (If-Match). One use case class per endpoint.
/// </summary>
public static class ContractEndpoints
{
    public static IEndpointRouteBuilder MapContracten(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/contracten").WithTags("Contracten").RequireAuthorization(Policies.Lid);
        group.MapGet("/", Lijst).WithSummary("De contracten die u mag zien: van uw eigen organisatie, van regionale trajecten waaraan uw gemeente deelneemt, of (aanbieder) uw eigen.");
        group.MapGet("/{contractId}", Bekijk).WithSummary("Eén contract: partijen, perceel, start (met elke verschuiving), looptijd, evaluatiemomenten, bekostiging. De ETag staat in de header.");
        group.MapPut("/{contractId}/startdatum", VerplaatsStart)
            .WithSummary("De startdatum verplaatsen met een reden (If-Match), zoals 1 januari 2022 naar 1 april 2022 vanwege een kort geding. Elke verschuiving blijft bewaard.");
        group.MapPut("/{contractId}/bedrag", StelBedragVast).WithSummary("Het vaste bedrag per jaar in hele euro's vastleggen bij taakgerichte bekostiging (If-Match); groter dan 0.");
        return app;
    }

    private static async Task<Ok<List<ContractDetailView>>> Lijst(HttpContext context, ContractenBekijken contracten, CancellationToken ct) =>
        TypedResults.Ok((await contracten.ListAsync(context.RequiredActor(), ct)).Select(ContractDetailView.From).ToList());

    private static async Task<Results<Ok<ContractDetailView>, Probleem>> Bekijk(string contractId, HttpContext context, ContractBekijken contract, CancellationToken ct) =>
        Antwoord(context, await contract.GetAsync(context.RequiredActor(), contractId, ct));

    private static async Task<Results<Ok<ContractDetailView>, Probleem>> VerplaatsStart(string contractId, StartdatumRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, ContractstartVerplaatsen verplaatsen, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
            return EtagNodig();
        return Antwoord(context, await verplaatsen.MoveAsync(context.RequiredActor(), contractId, request.Startdatum, request.Reden, Versie.Parse(ifMatch), ct));
    }

    private static async Task<Results<Ok<ContractDetailView>, Probleem>> StelBedragVast(string contractId, BedragRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, ContractbedragVastleggen vastleggen, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
            return EtagNodig();
        return Antwoord(context, await vastleggen.SaveAsync(context.RequiredActor(), contractId, request.BedragPerJaar, Versie.Parse(ifMatch), ct));
    }

    private static Results<Ok<ContractDetailView>, Probleem> Antwoord(HttpContext context, Uitkomst<Contractversie> uitkomst)
    {
        if (uitkomst is not Uitkomst<Contractversie>.Gelukt { Waarde: var v })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = v.Versie.ToString();
        return TypedResults.Ok(ContractDetailView.From(v));
    }

    private static Probleem EtagNodig() => Probleem.Van(StatusCodes.Status428PreconditionRequired,
        detail: "Stuur de ETag van het contract dat u las mee in de header If-Match, zodat u niemands wijziging overschrijft.");
}
