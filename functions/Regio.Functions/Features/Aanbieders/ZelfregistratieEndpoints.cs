using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http.HttpResults;
using Regio.Domain.Organisaties;
using Regio.Functions.Features.Organisaties;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Organisaties;

namespace Regio.Functions.Features.Aanbieders;

/// <summary>
/// A care provider joins by itself: a signed-in person registers it (also from an Entra tenant that Regio does not know
/// yet), and the platform beheerder confirms or refuses it.
/// </summary>
public static class ZelfregistratieEndpoints
{
    public const string Pagina = "/aanbieders/registreren";

    public static IEndpointRouteBuilder MapZelfregistratie(this IEndpointRouteBuilder app)
    {
        var aanbieders = app.MapGroup("/api/aanbieders").WithTags("Aanbieders en combinaties");
        aanbieders.MapPost("/registratie", Register).RequireAuthorization(Policies.Aangemeld).AllowUnregisteredTenant()
            .WithSummary("Uw eigen organisatie als aanbieder registreren (KvK-nummer en naam). Ze wacht daarna op bevestiging door de platformbeheerder; u wordt er tekenbevoegde.");
        aanbieders.MapPost("/{id}/bevestiging", Decide).RequireAuthorization(Policies.Lid)
            .WithSummary("Een aanbieder die zich zelf registreerde bevestigen, of weigeren met een reden (platformbeheerder).");
        // The browser sign-in for the registration page: it alone may bring a person of an unknown tenant back signed in.
        app.MapGet($"{Pagina}/aanmelden", () => TypedResults.Challenge(OnbekendeTenantAttribute.Aanmelding(Pagina), [OpenIdConnectDefaults.AuthenticationScheme]))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Created<OrganisatieView>, Probleem>> Register(
        ZelfregistratieRequest request, HttpContext context, AanbiederZelfregistreren registreren, CancellationToken cancellationToken)
    {
        var uitkomst = await registreren.RegisterAsync(context.RequiredActor(), new Regio.Domain.Organisaties.Zelfregistratie(request.KvkNummer, request.Naam), cancellationToken);
        return uitkomst is Uitkomst<Organisatie>.Gelukt g
            ? TypedResults.Created($"/api/organisaties/{g.Waarde.Id}", OrganisatieView.From(g.Waarde))
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<OrganisatieView>, Probleem>> Decide(
        string id, BevestigingRequest request, HttpContext context, AanbiederBevestigen bevestigen, CancellationToken cancellationToken)
    {
        if (!OrganisatieId.IsValid(id))
        {
            return Probleem.Van(StatusCodes.Status404NotFound);
        }
        if (request.Bevestigd is not { } bevestigd)
        {
            return UitkomstResults.Weigering(new Uitkomst<Organisatie>.Ongeldig(new Dictionary<string, string>
            {
                ["bevestigd"] = "Geef aan of u de aanbieder bevestigt (true) of weigert (false, met een reden).",
            }));
        }
        var uitkomst = await bevestigen.DecideAsync(context.RequiredActor(), new OrganisatieId(id), bevestigd, request.Reden, cancellationToken);
        return uitkomst is Uitkomst<Organisatie>.Gelukt g ? TypedResults.Ok(OrganisatieView.From(g.Waarde)) : UitkomstResults.Weigering(uitkomst);
    }
}

public sealed record ZelfregistratieRequest(string? KvkNummer, string? Naam);

/// <param name="Reden">Required when <paramref name="Bevestigd"/> is false: the aanbieder is shown it.</param>
public sealed record BevestigingRequest(bool? Bevestigd, string? Reden);
