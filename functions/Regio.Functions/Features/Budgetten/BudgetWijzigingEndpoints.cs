using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Budgetten;
using Regio.Platform.Storage;

namespace Regio.Functions.Features.Budgetten;

/// <summary>
/// Changes a budgethouder makes by hand: one budget line (an amount, a new post, a post removed; If-Match: the budget's
/// ETag, a reason once the budget is vastgesteld) and the post each share of a shared perceel is paid from.
/// </summary>
public static class BudgetWijzigingEndpoints
{
    public static IEndpointRouteBuilder MapBudgetWijzigingen(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/gemeenten/{gemeenteId}/budget").WithTags("Budget").RequireAuthorization(Policies.Lid);
        group.MapPut("/{domein}/bedrag", WijzigBedrag)
            .WithSummary("Het bedrag van één post in één jaar wijzigen (budgethouder, If-Match: de ETag van het budget). Bij een vastgesteld budget is een reden verplicht.");
        group.MapPost("/{domein}/posten", VoegToe)
            .WithSummary("Een post toevoegen met een bedrag voor elk jaar van het budget (If-Match: de ETag van het budget; reden verplicht na vaststelling).");
        group.MapPost("/{domein}/posten/verwijdering", Verwijder)
            .WithSummary("Een post uit het budget verwijderen (If-Match: de ETag van het budget; reden verplicht na vaststelling).");
        group.MapPut("/aandelen/{trajectId}/{nummer:int}/post", KiesPost)
            .WithSummary("Kiezen uit welke eigen post de gemeente haar aandeel in een gedeeld perceel betaalt; post null wist de keuze. If-Match als er al een post gekozen is.");
        return app;
    }

    private static async Task<Results<Ok<BudgetView>, Probleem>> WijzigBedrag(
        string gemeenteId, string domein, BedragWijzigenRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, BudgetregelWijzigen wijzigen, CancellationToken cancellationToken)
    {
        if (request.Bedrag is not { } bedrag || request.Jaar is not { } jaar)
        {
            return UitkomstResults.Weigering(new Uitkomst<BudgetView>.Ongeldig(new Dictionary<string, string>
            {
                [request.Jaar is null ? "jaar" : "bedrag"] = request.Jaar is null ? "Geef het jaar, bijvoorbeeld 2024." : "Geef het nieuwe bedrag in hele euro's, bijvoorbeeld 250000 of -500000.",
            }));
        }
        return await Wijzig(context, wijzigen, gemeenteId, domein, new Budgetregel.BedragWijzigen(request.Post ?? "", jaar, bedrag), ifMatch, request.Reden, cancellationToken);
    }

    private static async Task<Results<Ok<BudgetView>, Probleem>> VoegToe(
        string gemeenteId, string domein, PostToevoegenRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, BudgetregelWijzigen wijzigen, CancellationToken cancellationToken) =>
        await Wijzig(context, wijzigen, gemeenteId, domein, new Budgetregel.PostToevoegen(request.Post ?? "", (request.Bedragen ?? []).Select(b => (b.Jaar, b.Bedrag)).ToList()),
            ifMatch, request.Reden, cancellationToken);

    private static async Task<Results<Ok<BudgetView>, Probleem>> Verwijder(
        string gemeenteId, string domein, PostVerwijderenRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, BudgetregelWijzigen wijzigen, CancellationToken cancellationToken) =>
        await Wijzig(context, wijzigen, gemeenteId, domein, new Budgetregel.PostVerwijderen(request.Post ?? ""), ifMatch, request.Reden, cancellationToken);

    private static async Task<Results<Ok<AandeelView>, Probleem>> KiesPost(
        string gemeenteId, string trajectId, int nummer, PostKiezenRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, DekkingKiezen kiezen, CancellationToken cancellationToken)
    {
        var gelezen = string.IsNullOrWhiteSpace(ifMatch) ? (Versie?)null : Versie.Parse(ifMatch);
        var uitkomst = await kiezen.ChooseAsync(context.RequiredActor(), new GemeenteId(gemeenteId), new TrajectId(trajectId), nummer, request.Domein, request.Post, gelezen, cancellationToken);
        if (uitkomst is not Uitkomst<BudgetOverzicht>.Gelukt { Waarde: var overzicht })
            return UitkomstResults.Weigering(uitkomst);
        var aandeel = overzicht.Aandelen.First(a => a.Traject.Value == trajectId && a.Perceel == nummer);
        if (overzicht.DekkingVan(aandeel) is { } dekking)
            context.Response.Headers.ETag = dekking.Versie.ToString();
        return TypedResults.Ok(AandeelView.From(aandeel, overzicht, null));
    }

    private static async Task<Results<Ok<BudgetView>, Probleem>> Wijzig(
        HttpContext context, BudgetregelWijzigen wijzigen, string gemeenteId, string domein, Budgetregel regel, string? ifMatch, string? reden, CancellationToken cancellationToken)
    {
        var uitkomst = await wijzigen.SaveAsync(context.RequiredActor(), new GemeenteId(gemeenteId), domein, regel, Versie.Parse(ifMatch), reden, cancellationToken);
        if (uitkomst is not Uitkomst<BudgetVersie>.Gelukt { Waarde: var versie })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = versie.Versie.ToString();
        return TypedResults.Ok(BudgetView.From(versie, null));
    }
}

/// <summary>The new amount of <c>post</c> in <c>jaar</c>, in whole euros (negative for a taakstelling).</summary>
public sealed record BedragWijzigenRequest(string? Post, int? Jaar, long? Bedrag, string? Reden);

/// <summary>A new post with one amount per year of the budget.</summary>
public sealed record PostToevoegenRequest(string? Post, IReadOnlyList<JaarBedrag>? Bedragen, string? Reden);

public sealed record PostVerwijderenRequest(string? Post, string? Reden);

/// <summary>The name of the post that pays the share; <c>domein</c> only for a perceel without a domain; null <c>post</c> clears the choice.</summary>
public sealed record PostKiezenRequest(string? Post, string? Domein);
