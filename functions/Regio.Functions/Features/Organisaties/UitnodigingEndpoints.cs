using Microsoft.AspNetCore.Http.HttpResults;
using Regio.Domain.Organisaties;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Organisaties.Uitnodigingen;

namespace Regio.Functions.Features.Organisaties;

/// <summary>
/// Inviting colleagues by e-mail address: whoever manages an organisation's roles sends, lists and revokes; the invited
/// person needs no code, their first sign-in with that address binds the invitation.
/// </summary>
public static class UitnodigingEndpoints
{
    public static IEndpointRouteBuilder MapUitnodigingen(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/uitnodigingen").WithTags("Organisaties").RequireAuthorization(Policies.Lid);
        group.MapPost("/", Send).WithSummary("Een persoon uitnodigen in een organisatie, op e-mailadres en met rollen; 14 dagen geldig.");
        group.MapDelete("/{uitnodigingId}", Revoke).WithSummary("Een open uitnodiging intrekken; ze kan daarna niet meer gebruikt worden.");
        app.MapGet("/api/organisaties/{id}/uitnodigingen", List).WithTags("Organisaties").RequireAuthorization(Policies.Lid)
            .WithSummary("De uitnodigingen van een organisatie met hun staat: open, gebruikt (door wie, wanneer), ingetrokken of verlopen.");
        return app;
    }

    private static async Task<Results<Created<UitnodigingView>, Probleem>> Send(
        UitnodigingVersturenRequest request, HttpContext context, UitnodigingVersturen versturen, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Organisatie))
        {
            return UitkomstResults.Weigering(new Uitkomst<Uitnodiging>.Ongeldig(new Dictionary<string, string> { ["organisatie"] = "Geef het id van de organisatie waarin u uitnodigt." }));
        }
        var uitkomst = await versturen.SendAsync(context.RequiredActor(), new OrganisatieId(request.Organisatie), request.Upn, request.Rollen, cancellationToken);
        return uitkomst is Uitkomst<Uitnodiging>.Gelukt g
            ? TypedResults.Created($"/api/organisaties/{g.Waarde.Organisatie}/uitnodigingen", UitnodigingView.From(g.Waarde, time.GetUtcNow()))
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<IEnumerable<UitnodigingView>>, Probleem>> List(
        string id, HttpContext context, UitnodigingenBekijken bekijken, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!OrganisatieId.IsValid(id))
        {
            return Probleem.Van(StatusCodes.Status404NotFound);
        }
        var uitkomst = await bekijken.ListAsync(context.RequiredActor(), new OrganisatieId(id), cancellationToken);
        var nu = time.GetUtcNow();
        return uitkomst is Uitkomst<IReadOnlyList<Uitnodiging>>.Gelukt g
            ? TypedResults.Ok(g.Waarde.Select(u => UitnodigingView.From(u, nu)))
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<NoContent, Probleem>> Revoke(
        string uitnodigingId, HttpContext context, UitnodigingIntrekken intrekken, CancellationToken cancellationToken)
    {
        var uitkomst = await intrekken.RevokeAsync(context.RequiredActor(), uitnodigingId, cancellationToken);
        return uitkomst is Uitkomst<Uitnodiging>.Gelukt ? TypedResults.NoContent() : UitkomstResults.Weigering(uitkomst);
    }
}

public sealed record UitnodigingVersturenRequest([property: IdVeld] string? Organisatie, string? Upn, IReadOnlyList<string>? Rollen);

public sealed record UitnodigingView(
    string Id, string Organisatie, string Upn, IReadOnlyList<string> Rollen, string Staat, DateTimeOffset Verstuurd, DateTimeOffset VerlooptOp,
    UitnodigingsgebruikView? Gebruikt, DateTimeOffset? IngetrokkenOp)
{
    public static UitnodigingView From(Uitnodiging u, DateTimeOffset nu) => new(
        u.Id, u.Organisatie.Value, u.Upn, u.Rollen.Order().Select(r => r.Naam()).ToList(), u.Staat(nu).ToString().ToLowerInvariant(), u.Verstuurd, u.VerlooptOp,
        u.Gebruikt is { } g ? new UitnodigingsgebruikView(g.TenantId, g.ObjectId, g.Naam, g.Op) : null, u.Ingetrokken?.Op);
}

public sealed record UitnodigingsgebruikView(Guid TenantId, Guid ObjectId, string Naam, DateTimeOffset Op);
