using Microsoft.AspNetCore.Http.HttpResults;
using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Aanbieders;

namespace Regio.Functions.Features.Aanbieders;

/// <summary>
/// Aanbieders and their registrations: the aanbieders on the platform, an aanbieder's own registrations, and per perceel
/// registering alone or seeing the registrations (the owner all, an aanbieder its own). Combinaties: <see cref="CombinatieEndpoints"/>.
/// </summary>
public static class AanbiederEndpoints
{
    public static IEndpointRouteBuilder MapAanbieders(this IEndpointRouteBuilder app)
    {
        var aanbieders = app.MapGroup("/api/aanbieders").WithTags("Aanbieders en combinaties").RequireAuthorization(Policies.Lid);
        aanbieders.MapGet("/", List).WithSummary("De aanbieders op het platform (id, naam, KvK-nummer), bijvoorbeeld om er een in een combinatie uit te nodigen.");
        aanbieders.MapGet("/aanmeldingen", Mine)
            .WithSummary("De percelen waarvoor uw organisatie (een aanbieder) is aangemeld of in een combinatie is uitgenodigd.");
        aanbieders.MapCombinaties();

        var perceel = app.MapGroup("/api/trajecten/{trajectId}/percelen/{nummer:int}/aanmeldingen").WithTags("Aanbieders en combinaties").RequireAuthorization(Policies.Lid);
        perceel.MapGet("/", Perceel)
            .WithSummary("De aanmeldingen van een perceel: de organisatie die het traject voert ziet ze alle (namen en status), een aanbieder alleen de eigen.");
        perceel.MapPost("/", Register)
            .WithSummary("Uw organisatie alleen aanmelden voor een gepubliceerd perceel, met haar verklaringen (het UEA is verplicht). Soorten: "
                + string.Join(", ", Enum.GetNames<Verklaringsoort>()) + ".");
        return app;
    }

    private static async Task<Results<Ok<List<AanbiederView>>, Probleem>> List(HttpContext context, AanbiedersZoeken zoeken, CancellationToken ct)
    {
        var uitkomst = await zoeken.ListAsync(context.RequiredActor(), ct);
        return uitkomst is Uitkomst<IReadOnlyList<Organisatie>>.Gelukt g ? TypedResults.Ok(g.Waarde.Select(AanbiederView.From).ToList()) : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<List<EigenAanmeldingView>>, Probleem>> Mine(HttpContext context, EigenAanmeldingenBekijken bekijken, CancellationToken ct)
    {
        var uitkomst = await bekijken.ListAsync(context.RequiredActor(), ct);
        return uitkomst is Uitkomst<IReadOnlyList<EigenAanmelding>>.Gelukt g ? TypedResults.Ok(g.Waarde.Select(EigenAanmeldingView.From).ToList()) : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<PerceelAanmeldingenView>, Probleem>> Perceel(
        string trajectId, int nummer, HttpContext context, AanmeldingenBekijken bekijken, CancellationToken ct)
    {
        var uitkomst = await bekijken.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ct);
        return uitkomst is Uitkomst<Perceelbeeld>.Gelukt g ? TypedResults.Ok(PerceelAanmeldingenView.From(g.Waarde)) : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Created<AanmeldingView>, Probleem>> Register(
        string trajectId, int nummer, VerklaringenRequest request, HttpContext context, AlleenAanmelden aanmelden, CancellationToken ct)
    {
        var uitkomst = await aanmelden.RegisterAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, request.AlsInvoer(), ct);
        return uitkomst is Uitkomst<Aanmelding>.Gelukt g
            ? TypedResults.Created($"/api/trajecten/{trajectId}/percelen/{nummer}/aanmeldingen", AanmeldingView.From(g.Waarde))
            : UitkomstResults.Weigering(uitkomst);
    }
}
