using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Toelatingen;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten.Toelatingen;

namespace Regio.Functions.Features.Trajecten.Toelatingen;

/// <summary>
/// Open house per perceel: aanbieders apply for admission, the owner's inkoper admits or refuses with reasons (If-Match)
/// and records the signed overeenkomst. Who sees what is decided behind each use case.
/// </summary>
public static class ToelatingEndpoints
{
    public static IEndpointRouteBuilder MapTrajectToelatingen(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/trajecten/{trajectId}/percelen/{nummer:int}/toelatingen").WithTags("Open house").RequireAuthorization(Policies.Lid);
        group.MapGet("/", Get).WithSummary("De aanvragen tot toelating van een perceel: de eigenaar ziet alle met de aantallen (aangevraagd, toegelaten, afgewezen), een aanbieder de eigen.");
        group.MapPost("/", VraagAan).WithSummary("Toelating aanvragen voor een perceel van een open house (medewerker van een aanbieder): per gepubliceerde eis hoe u eraan voldoet.");
        group.MapPut("/{aanvraagNummer:int}/besluit", Beslis)
            .WithSummary("Over een aanvraag besluiten: toegelaten of afgewezen, met redenen (inkoper van de eigenaar; If-Match: de ETag van de aanvraag). Eén besluit per aanvraag.");
        group.MapPut("/{aanvraagNummer:int}/overeenkomst", Overeenkomst)
            .WithSummary("De datum vastleggen waarop de overeenkomst met een toegelaten aanbieder is getekend (If-Match). Daarna kan het perceel naar Gecontracteerd.");
        return app;
    }

    private static async Task<Results<Ok<ToelatingenView>, Probleem>> Get(string trajectId, int nummer, HttpContext context, ToelatingenBekijken toelatingen, CancellationToken ct)
    {
        var uitkomst = await toelatingen.GetAsync(context.RequiredActor(), new TrajectId(trajectId), ct);
        if (uitkomst is not Uitkomst<Toelatingsoverzicht>.Gelukt { Waarde: var overzicht })
            return UitkomstResults.Weigering(uitkomst);
        return overzicht.Traject.Percelen.Any(p => p.Nummer == nummer)
            ? TypedResults.Ok(ToelatingenView.From(overzicht, nummer))
            : UitkomstResults.Weigering(new Uitkomst<object>.NietGevonden());
    }

    private static async Task<Results<Created<AanvraagView>, Probleem>> VraagAan(
        string trajectId, int nummer, AanvraagRequest request, HttpContext context, Toelatingsaanvraag aanvraag, CancellationToken ct)
    {
        var antwoorden = request.Antwoorden?.Select(a => new EisAntwoord(a?.Eis ?? "", a?.Antwoord ?? "")).ToList();
        var uitkomst = await aanvraag.ApplyAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, antwoorden, ct);
        if (uitkomst is not Uitkomst<AanvraagVersie>.Gelukt { Waarde: var nieuw })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = nieuw.Versie.ToString();
        return TypedResults.Created($"/api/trajecten/{trajectId}/percelen/{nummer}/toelatingen", AanvraagView.From(nieuw));
    }

    private static async Task<Results<Ok<AanvraagView>, Probleem>> Beslis(
        string trajectId, int nummer, int aanvraagNummer, BesluitRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, ToelatingBeslissen beslissen, CancellationToken ct)
    {
        if (request.Toegelaten is not { } toegelaten)
            return Ongeldig("toegelaten", "Kies het besluit: toegelaten (true) of afgewezen (false).");
        if (string.IsNullOrWhiteSpace(ifMatch))
            return TrajectEndpoints.EtagNodig();
        var uitkomst = await beslissen.DecideAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, aanvraagNummer, toegelaten, request.Motivering, Versie.Parse(ifMatch), ct);
        return Answer(context, uitkomst);
    }

    private static async Task<Results<Ok<AanvraagView>, Probleem>> Overeenkomst(
        string trajectId, int nummer, int aanvraagNummer, OvereenkomstRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, OvereenkomstVastleggen vastleggen, CancellationToken ct)
    {
        if (request.Datum is not { } datum)
            return Ongeldig("datum", "Vul de datum in waarop de overeenkomst is getekend (jjjj-mm-dd).");
        if (string.IsNullOrWhiteSpace(ifMatch))
            return TrajectEndpoints.EtagNodig();
        var uitkomst = await vastleggen.SaveAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, aanvraagNummer, datum, Versie.Parse(ifMatch), ct);
        return Answer(context, uitkomst);
    }

    private static Results<Ok<AanvraagView>, Probleem> Answer(HttpContext context, Uitkomst<AanvraagVersie> uitkomst)
    {
        if (uitkomst is not Uitkomst<AanvraagVersie>.Gelukt { Waarde: var aanvraag })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = aanvraag.Versie.ToString();
        return TypedResults.Ok(AanvraagView.From(aanvraag));
    }

    private static Probleem Ongeldig(string veld, string melding) =>
        UitkomstResults.Weigering(new Uitkomst<object>.Ongeldig(new Dictionary<string, string> { [veld] = melding }));
}
