using Microsoft.AspNetCore.Http.HttpResults;
using Regio.Domain.Organisaties;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Signalen;

namespace Regio.Functions.Features.Signalen;

/// <summary>
/// An organisation's signals (the hourly job writes them): deadlines, milestones, standstills and evaluations that are
/// near or have passed. Its own people with a role read them; anyone else gets 404 (the access policy decides).
/// </summary>
public static class SignaalEndpoints
{
    public static IEndpointRouteBuilder MapSignalen(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/organisaties/{organisatieId}/signalen").WithTags("Signalen").RequireAuthorization(Policies.Lid)
            .MapGet("/", Lijst)
            .WithSummary("De signalen van uw organisatie, nieuwste moment eerst (hoogstens 200): mijlpalen binnen 7 dagen of verlopen, "
                + "termijnen die binnen 48 uur sluiten, aflopende standstills en contractevaluaties binnen 90 dagen.");
        return app;
    }

    private static async Task<Results<Ok<List<SignaalView>>, Probleem>> Lijst(
        string organisatieId, HttpContext context, SignalenQuery query, CancellationToken cancellationToken)
    {
        if (!OrganisatieId.IsValid(organisatieId))
        {
            return Probleem.Van(StatusCodes.Status404NotFound);
        }
        var uitkomst = await query.ListAsync(context.RequiredActor(), new OrganisatieId(organisatieId), cancellationToken);
        return uitkomst is Uitkomst<IReadOnlyList<Signaalrij>>.Gelukt g
            ? TypedResults.Ok(g.Waarde.Select(SignaalView.From).ToList())
            : UitkomstResults.Weigering(uitkomst);
    }
}
