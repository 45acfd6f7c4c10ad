using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Regio.Domain.Organisaties;
using Regio.Domain.Regios;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Regios;
using Regio.Platform.Storage;

namespace Regio.Functions.Features.Regios;

/// <summary>
/// The regio's: what is public about the configured one (its gemeenten and trajecten), the composition of every regio
/// (public too), and onboarding and changing one (a platform beheerder, as the access policy decides).
/// </summary>
public static class RegioEndpoints
{
    public static IEndpointRouteBuilder MapRegios(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/regio").WithTags("Regio").AllowAnonymous().WithPublicAnswer();
        group.MapGet("/", GetRegio)
            .WithName("Regio")
            .WithSummary("De regio met haar gemeenten (per subregio) en haar verwervingstrajecten met hun huidige fase.");

        var regios = app.MapGroup("/api/regios").WithTags("Regio's");
        regios.MapGet("/", List).AllowAnonymous().WithPublicAnswer()
            .WithSummary("Alle regio's met hun centrumgemeente en gemeenten (met subregio). Openbaar.");
        regios.MapGet("/{regioId}", Get).AllowAnonymous().WithPublicAnswer()
            .WithSummary("Eén regio: naam, centrumgemeente en gemeenten met hun subregio. Openbaar; de ETag staat in de header.");
        regios.MapPost("/", Onboard).RequireAuthorization(Policies.Lid)
            .WithSummary("Een regio aanmelden met haar gemeenten: bestaande gemeenten, of nieuwe met hun Entra-tenant (platformbeheerder).");
        regios.MapPut("/{regioId}", Save).RequireAuthorization(Policies.Lid)
            .WithSummary("Naam, centrumgemeente en gemeenten van een regio wijzigen, met If-Match: de ETag die u las (platformbeheerder).");
        return app;
    }

    private static async Task<Results<Ok<RegioView>, NotFound>> GetRegio(
        RegioOverzichtQuery query, IOptions<RegioOptions> options, CancellationToken cancellationToken)
    {
        var overzicht = await query.GetAsync(new RegioId(options.Value.Id), cancellationToken);
        return overzicht is null ? TypedResults.NotFound() : TypedResults.Ok(RegioView.From(overzicht));
    }

    private static async Task<Ok<List<RegioSamenstellingView>>> List(RegiosBekijken bekijken, CancellationToken cancellationToken) =>
        TypedResults.Ok((await bekijken.ListAsync(cancellationToken)).Select(RegioSamenstellingView.From).ToList());

    private static async Task<Results<Ok<RegioSamenstellingView>, Probleem>> Get(string regioId, HttpContext context, RegioBekijken bekijken, CancellationToken cancellationToken)
    {
        if (!OrganisatieId.IsValid(regioId))
        {
            return Probleem.Van(StatusCodes.Status404NotFound);
        }
        return Antwoord(context, await bekijken.GetAsync(new RegioId(regioId), cancellationToken));
    }

    private static async Task<Results<Created<RegioSamenstellingView>, Probleem>> Onboard(
        RegioAanmeldingRequest request, HttpContext context, RegioOnboarden onboarden, CancellationToken cancellationToken)
    {
        var uitkomst = await onboarden.OnboardAsync(context.RequiredActor(), request.AlsAanmelding(), cancellationToken);
        if (uitkomst is not Uitkomst<Regioversie>.Gelukt { Waarde: var regio })
        {
            return UitkomstResults.Weigering(uitkomst);
        }
        context.Response.Headers.ETag = regio.Versie.ToString();
        return TypedResults.Created($"/api/regios/{regio.Regio.Id}", RegioSamenstellingView.From(regio));
    }

    private static async Task<Results<Ok<RegioSamenstellingView>, Probleem>> Save(string regioId, RegioWijzigingRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, RegioWijzigen wijzigen, CancellationToken cancellationToken)
    {
        if (!OrganisatieId.IsValid(regioId))
        {
            return Probleem.Van(StatusCodes.Status404NotFound);
        }
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return Probleem.Van(StatusCodes.Status428PreconditionRequired,
                detail: "Stuur de ETag van de regio die u las mee in de header If-Match, zodat u niemands wijziging overschrijft.");
        }
        return Antwoord(context, await wijzigen.SaveAsync(context.RequiredActor(), new RegioId(regioId), request.AlsWijziging(), Versie.Parse(ifMatch), cancellationToken));
    }

    private static Results<Ok<RegioSamenstellingView>, Probleem> Antwoord(HttpContext context, Uitkomst<Regioversie> uitkomst)
    {
        if (uitkomst is not Uitkomst<Regioversie>.Gelukt { Waarde: var regio })
        {
            return UitkomstResults.Weigering(uitkomst);
        }
        context.Response.Headers.ETag = regio.Versie.ToString();
        return TypedResults.Ok(RegioSamenstellingView.From(regio));
    }
}
