using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Functions.Features.Regios;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Budgetten;
using Regio.Platform.Storage;

namespace Regio.Functions.Features.Budgetten;

/// <summary>
/// A gemeente's lokale keuzes for the sociale basis and the access to care. The list is the gemeente's own; one keuze
/// that the gemeente shared with the regio can also be read by the regio coordinator. Everyone else gets 404.
/// </summary>
public static class LokaleKeuzesEndpoints
{
    public static IEndpointRouteBuilder MapLokaleKeuzes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/gemeenten/{gemeenteId}/lokale-keuzes").WithTags("Lokale keuzes").RequireAuthorization(Policies.Lid);
        group.MapGet("/", List).WithSummary("De lokale keuzes van de gemeente (alleen voor de eigen medewerkers).");
        group.MapPost("/", Create).WithSummary("Een lokale keuze vastleggen (beleidsmedewerker of budgethouder).");
        group.MapGet("/{keuzeId}", Get).WithSummary("Eén lokale keuze; de regiocoördinator leest van een keuze die de gemeente met de regio deelt alleen de velden die in regioZiet staan.");
        group.MapPut("/{keuzeId}", Update).WithSummary("Een lokale keuze wijzigen (If-Match: de ETag die u las).");
        foreach (var gedeeld in app.MapRegioGroups("/gedeelde-keuzes"))
        {
            gedeeld.WithTags("Lokale keuzes").RequireAuthorization(Policies.Lid)
                .MapGet("/", Gedeeld).WithSummary("De lokale keuzes die de gemeenten met de regio delen (regiocoördinator); een keuze die niet gedeeld is staat er nooit in.");
        }
        return app;
    }

    private static async Task<Results<Ok<IEnumerable<KeuzeView>>, Probleem>> List(
        string gemeenteId, HttpContext context, LokaleKeuzesBekijken bekijken, CancellationToken cancellationToken)
    {
        var uitkomst = await bekijken.ListAsync(context.RequiredActor(), new GemeenteId(gemeenteId), cancellationToken);
        return uitkomst is Uitkomst<KeuzesVanGemeente>.Gelukt g
            ? TypedResults.Ok(g.Waarde.Keuzes.Select(k => KeuzeView.From(k.Keuze, k.Versie)))
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<IEnumerable<GedeeldeKeuzeView>>, Probleem>> Gedeeld(
        string regioId, HttpContext context, GedeeldeKeuzesBekijken bekijken, CancellationToken cancellationToken)
    {
        var uitkomst = await bekijken.ListAsync(context.RequiredActor(), new RegioId(regioId), cancellationToken);
        return uitkomst is Uitkomst<IReadOnlyList<GelezenKeuze.Gedeeld>>.Gelukt g
            ? TypedResults.Ok(g.Waarde.Select(GedeeldeKeuzeView.From))
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<KeuzeView>, Ok<GedeeldeKeuzeView>, Probleem>> Get(
        string gemeenteId, string keuzeId, HttpContext context, LokaleKeuzesBekijken bekijken, CancellationToken cancellationToken)
    {
        switch (await bekijken.GetAsync(context.RequiredActor(), new GemeenteId(gemeenteId), keuzeId, cancellationToken))
        {
            case Uitkomst<GelezenKeuze>.Gelukt { Waarde: GelezenKeuze.Eigen eigen }:
                context.Response.Headers.ETag = eigen.Versie.ToString();
                return TypedResults.Ok(KeuzeView.From(eigen.Keuze, eigen.Versie));
            case Uitkomst<GelezenKeuze>.Gelukt { Waarde: GelezenKeuze.Gedeeld gedeeld }:
                return TypedResults.Ok(GedeeldeKeuzeView.From(gedeeld));
            case var weigering:
                return UitkomstResults.Weigering(weigering);
        }
    }

    private static async Task<Results<Ok<KeuzeView>, Probleem>> Create(
        string gemeenteId, KeuzeRequest request, HttpContext context, LokaleKeuzeVastleggen vastleggen, CancellationToken cancellationToken) =>
        Answer(context, await vastleggen.SaveAsync(context.RequiredActor(), new GemeenteId(gemeenteId), null, request.AlsInvoer(), null, cancellationToken));

    private static async Task<Results<Ok<KeuzeView>, Probleem>> Update(
        string gemeenteId, string keuzeId, KeuzeRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, LokaleKeuzeVastleggen vastleggen, CancellationToken cancellationToken) =>
        Answer(context, await vastleggen.SaveAsync(context.RequiredActor(), new GemeenteId(gemeenteId), keuzeId, request.AlsInvoer(), Versie.Parse(ifMatch), cancellationToken));

    private static Results<Ok<KeuzeView>, Probleem> Answer(HttpContext context, Uitkomst<(LokaleKeuze Keuze, Versie Versie)> uitkomst)
    {
        if (uitkomst is not Uitkomst<(LokaleKeuze, Versie)>.Gelukt { Waarde: var (keuze, versie) })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = versie.ToString();
        return TypedResults.Ok(KeuzeView.From(keuze, versie));
    }
}

/// <summary>
/// A lokale keuze as its gemeente reads it; <c>onderwerp</c> is SocialeBasis, Toegang, AanvullendeOndersteuning or Overig.
/// <see cref="RegioZiet"/> names the fields the regio coordinator reads of it (none while it is not shared), and
/// <see cref="Delen"/> says in Dutch what sharing shows and what stays with the gemeente.
/// </summary>
public sealed record KeuzeView(
    string Id, string Naam, string Onderwerp, string Omschrijving, IReadOnlyList<string> Trajecten, string? NotitieVoorRaad, bool GedeeldMetRegio,
    IReadOnlyList<string> RegioZiet, string Delen, string ETag)
{
    public static KeuzeView From(LokaleKeuze k, Versie versie) =>
        new(k.Id, k.Naam, k.Onderwerp.ToString(), k.Omschrijving, k.Trajecten.Select(t => t.Value).ToList(), k.NotitieVoorRaad, k.GedeeldMetRegio,
            k.GedeeldMetRegio ? [.. GedeeldeKeuze.Velden.Select(v => v.Veld)] : [], GedeeldeKeuze.Uitleg(k.GedeeldMetRegio), versie.ToString());
}

/// <summary>A keuze a gemeente shared with the regio, as the coordinator reads it: the gemeente and the fields in <c>regioZiet</c>, nothing more.</summary>
public sealed record GedeeldeKeuzeView(string Gemeente, string GemeenteNaam, string Id, string Naam, string Onderwerp, string Omschrijving)
{
    public static GedeeldeKeuzeView From(GelezenKeuze.Gedeeld g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return new(g.Gemeente.Id.Value, g.Gemeente.Naam, g.Keuze.Id, g.Keuze.Naam, g.Keuze.Onderwerp.ToString(), g.Keuze.Omschrijving);
    }
}

public sealed record KeuzeRequest(string? Naam, string? Onderwerp, string? Omschrijving, [property: IdVeld] IReadOnlyList<string>? Trajecten, string? NotitieVoorRaad, bool GedeeldMetRegio)
{
    public KeuzeInvoer AlsInvoer() => new(Naam, Onderwerp, Omschrijving, Trajecten, NotitieVoorRaad, GedeeldMetRegio);
}
