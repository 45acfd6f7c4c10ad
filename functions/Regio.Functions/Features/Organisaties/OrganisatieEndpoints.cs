using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regio.Domain.Organisaties;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Organisaties;
using Regio.Platform.Storage;

namespace Regio.Functions.Features.Organisaties;

/// <summary>Organisations and the roles of their people. Who may do what is decided by the access policy.</summary>
public static class OrganisatieEndpoints
{
    public static IEndpointRouteBuilder MapOrganisaties(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organisaties").WithTags("Organisaties").RequireAuthorization(Policies.Lid);
        group.MapGet("/", List).WithSummary("De organisaties die u mag zien: alle voor een platformbeheerder, anders de eigen.");
        group.MapPost("/", Register).WithSummary("Een organisatie registreren (platformbeheerder).");
        group.MapGet("/{id}", Get).WithSummary("Een organisatie met haar mensen en hun rollen.");
        group.MapPut("/{id}/leden/{tenantId:guid}/{objectId:guid}", PutLid)
            .WithSummary("De rollen van een persoon in de organisatie zetten. Voor een bestaand lid met If-Match: de ETag die u las.");
        return app;
    }

    private static async Task<Ok<IEnumerable<OrganisatieView>>> List(HttpContext context, OrganisatiesBekijken bekijken, CancellationToken cancellationToken)
    {
        var uitkomst = await bekijken.ListAsync(context.RequiredActor(), cancellationToken);
        var lijst = uitkomst is Uitkomst<IReadOnlyList<Organisatie>>.Gelukt g ? g.Waarde : [];
        return TypedResults.Ok(lijst.Select(OrganisatieView.From));
    }

    private static async Task<Results<Created<OrganisatieView>, Probleem>> Register(
        RegistratieRequest request, HttpContext context, OrganisatieRegistreren registreren, CancellationToken cancellationToken)
    {
        var uitkomst = await registreren.RegisterAsync(context.RequiredActor(), request.AlsRegistratie(), cancellationToken);
        return uitkomst is Uitkomst<Organisatie>.Gelukt g
            ? TypedResults.Created($"/api/organisaties/{g.Waarde.Id}", OrganisatieView.From(g.Waarde))
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<OrganisatieDetailView>, Probleem>> Get(
        string id, HttpContext context, OrganisatieBekijken bekijken, CancellationToken cancellationToken)
    {
        if (!OrganisatieId.IsValid(id))
        {
            return Probleem.Van(StatusCodes.Status404NotFound);
        }
        var uitkomst = await bekijken.GetAsync(context.RequiredActor(), new OrganisatieId(id), cancellationToken);
        return uitkomst is Uitkomst<OrganisatieMetLeden>.Gelukt g
            ? TypedResults.Ok(OrganisatieDetailView.From(g.Waarde))
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<LidView>, Probleem>> PutLid(
        string id, Guid tenantId, Guid objectId, LidRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, RollenToekennen toekennen, CancellationToken cancellationToken)
    {
        if (!OrganisatieId.IsValid(id))
        {
            return Probleem.Van(StatusCodes.Status404NotFound);
        }
        var uitkomst = await toekennen.SaveAsync(context.RequiredActor(), new OrganisatieId(id), tenantId, objectId, request.Naam,
            request.Rollen ?? [], string.IsNullOrWhiteSpace(ifMatch) ? null : Versie.Parse(ifMatch), cancellationToken);
        if (uitkomst is Uitkomst<(Lidmaatschap Lid, Versie Versie)>.Gelukt g)
        {
            context.Response.Headers.ETag = g.Waarde.Versie.ToString();
            return TypedResults.Ok(LidView.From(g.Waarde.Lid, g.Waarde.Versie));
        }
        return UitkomstResults.Weigering(uitkomst);
    }
}
