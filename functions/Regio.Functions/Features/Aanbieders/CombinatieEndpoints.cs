using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regio.Domain.Trajecten;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Aanbieders;
using Regio.Platform.Storage;

namespace Regio.Functions.Features.Aanbieders;

/// <summary>
/// Combinaties: the penvoerder starts one and invites, each member confirms or declines for itself and gives its own
/// statements. Only members (invited ones included) can know a combinatie exists. Each change answers with the
/// combinatie and its ETag; a client that sends If-Match is refused with 412 when the combinatie changed meanwhile.
/// </summary>
public static class CombinatieEndpoints
{
    public static RouteGroupBuilder MapCombinaties(this RouteGroupBuilder aanbieders)
    {
        var group = aanbieders.MapGroup("/combinaties");
        group.MapPost("/", Create).WithSummary("Een combinatie oprichten voor een gepubliceerd perceel, met uw organisatie als penvoerder; leden: ids van aanbieders om uit te nodigen.");
        group.MapGet("/{combinatieId}", Get).WithSummary("Een combinatie met haar leden, hun status en verklaringen (alleen voor leden en genodigden). De ETag staat in de header.");
        group.MapPost("/{combinatieId}/leden", Invite).WithSummary("Een aanbieder uitnodigen in de combinatie (alleen de penvoerder).");
        group.MapDelete("/{combinatieId}/leden/{organisatieId}", Remove).WithSummary("Een lid of genodigde uit de combinatie halen (alleen de penvoerder, niet zichzelf).");
        group.MapPost("/{combinatieId}/bevestiging", Confirm).WithSummary("De deelname van uw organisatie bevestigen, eventueel met haar verklaringen.");
        group.MapPost("/{combinatieId}/afwijzing", Decline).WithSummary("De uitnodiging voor uw organisatie afwijzen.");
        group.MapPost("/{combinatieId}/verklaringen", Declare).WithSummary("Verklaringen van uw organisatie afgeven of vernieuwen (UEA, geen uitsluitingsgronden, geheimhouding).");
        return group;
    }

    private static async Task<Results<Created<CombinatieView>, Probleem>> Create(
        CombinatieRequest request, HttpContext context, CombinatieOprichten oprichten, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.TrajectId) || request.Perceel is null)
        {
            var fouten = new Dictionary<string, string>();
            if (string.IsNullOrWhiteSpace(request.TrajectId))
            {
                fouten["trajectId"] = "Geef het id van het traject waarvoor de combinatie zich aanmeldt.";
            }
            if (request.Perceel is null)
            {
                fouten["perceel"] = "Geef het nummer van het perceel waarvoor de combinatie zich aanmeldt.";
            }
            return UitkomstResults.Weigering(new Uitkomst<Combinatiebeeld>.Ongeldig(fouten));
        }
        var uitkomst = await oprichten.CreateAsync(context.RequiredActor(), new TrajectId(request.TrajectId), request.Perceel.Value, request.Naam,
            request.Leden ?? [], new Verklaringsinvoer(request.Verklaringen ?? [], request.UeaSha256), ct);
        if (uitkomst is not Uitkomst<Combinatiebeeld>.Gelukt g)
        {
            return UitkomstResults.Weigering(uitkomst);
        }
        context.Response.Headers.ETag = g.Waarde.Versie.ToString();
        return TypedResults.Created($"/api/aanbieders/combinaties/{g.Waarde.Combinatie.Id}", CombinatieView.From(g.Waarde.Combinatie));
    }

    private static async Task<Results<Ok<CombinatieView>, Probleem>> Get(string combinatieId, HttpContext context, CombinatieBekijken bekijken, CancellationToken ct) =>
        Answer(context, await bekijken.GetAsync(context.RequiredActor(), combinatieId, ct));

    private static async Task<Results<Ok<CombinatieView>, Probleem>> Invite(
        string combinatieId, UitnodigingRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, LidUitnodigen uitnodigen, CancellationToken ct) =>
        Answer(context, await uitnodigen.InviteAsync(context.RequiredActor(), combinatieId, request.Organisatie, Lees(ifMatch), ct));

    private static async Task<Results<Ok<CombinatieView>, Probleem>> Remove(
        string combinatieId, string organisatieId, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, LidVerwijderen verwijderen, CancellationToken ct) =>
        Answer(context, await verwijderen.RemoveAsync(context.RequiredActor(), combinatieId, organisatieId, Lees(ifMatch), ct));

    private static async Task<Results<Ok<CombinatieView>, Probleem>> Confirm(
        string combinatieId, VerklaringenRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, DeelnameBevestigen bevestigen, CancellationToken ct) =>
        Answer(context, await bevestigen.ConfirmAsync(context.RequiredActor(), combinatieId, request.AlsInvoer(), Lees(ifMatch), ct));

    private static async Task<Results<Ok<CombinatieView>, Probleem>> Decline(
        string combinatieId, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, UitnodigingAfwijzen afwijzen, CancellationToken ct) =>
        Answer(context, await afwijzen.DeclineAsync(context.RequiredActor(), combinatieId, Lees(ifMatch), ct));

    private static async Task<Results<Ok<CombinatieView>, Probleem>> Declare(
        string combinatieId, VerklaringenRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, VerklaringenAfgeven afgeven, CancellationToken ct) =>
        Answer(context, await afgeven.DeclareAsync(context.RequiredActor(), combinatieId, request.AlsInvoer(), Lees(ifMatch), ct));

    private static Versie? Lees(string? ifMatch) => string.IsNullOrWhiteSpace(ifMatch) ? null : Versie.Parse(ifMatch);

    private static Results<Ok<CombinatieView>, Probleem> Answer(HttpContext context, Uitkomst<Combinatiebeeld> uitkomst)
    {
        if (uitkomst is not Uitkomst<Combinatiebeeld>.Gelukt g)
        {
            return UitkomstResults.Weigering(uitkomst);
        }
        context.Response.Headers.ETag = g.Waarde.Versie.ToString();
        return TypedResults.Ok(CombinatieView.From(g.Waarde.Combinatie));
    }
}
