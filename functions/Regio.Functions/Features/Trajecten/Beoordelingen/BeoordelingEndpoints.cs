using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten.Beoordelingen;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Functions.Features.Trajecten.Beoordelingen;

/// <summary>
/// Award criteria and the beoordeling of a perceel: criteria frozen at the opening, the commissie and conflicts of
/// interest, validity per inschrijving, independent scores (another's are 404 until everyone has scored), consensus and
/// the ranking. Who may do what is decided behind BeoordelingPoort.
/// </summary>
public static class BeoordelingEndpoints
{
    public static IEndpointRouteBuilder MapTrajectBeoordeling(this IEndpointRouteBuilder app)
    {
        var criteria = app.MapGroup("/api/trajecten/{trajectId}/percelen/{nummer:int}/criteria").WithTags("Gunningscriteria").RequireAuthorization(Policies.Lid);
        criteria.MapGet("/", Criteria).WithSummary("De gunningscriteria van een perceel met wegingen, subcriteria en scoreschaal (iedereen die het traject mag zien).");
        criteria.MapPut("/", StelCriteriaVast)
            .WithSummary("De gunningscriteria vaststellen of wijzigen (inkoper of regiocoördinator; If-Match bij wijzigen). Na de opening liggen ze vast (409 CriteriaBevroren); bij reële tarieven is prijs geen criterium.");
        var group = app.MapGroup("/api/trajecten/{trajectId}/percelen/{nummer:int}/beoordeling").WithTags("Beoordeling").RequireAuthorization(Policies.Lid);
        group.MapGet("/", Overzicht).WithSummary("De beoordeling zoals u die mag zien: commissie, voortgang, geldigheid, uw eigen scores en, als iedereen heeft gescoord, alle scores en de consensus.");
        group.MapPut("/commissie", StelCommissieSamen).WithSummary("De beoordelingscommissie samenstellen: beoordelaars of inkopers van de gemeente(n) (If-Match bij wijzigen).");
        group.MapPost("/verstrengeling", MeldVerstrengeling).WithSummary("Belangenverstrengeling melden met toelichting (lid van de commissie): u bent daarna uitgesloten van scoren en ziet geen scores.");
        group.MapPut("/geldigheid/{inschrijver}", StelGeldigheidVast)
            .WithSummary("Na de opening vastleggen of een inschrijving aan de eisen voldoet, met de reden als dat niet zo is (If-Match bij wijzigen). Alleen geldige inschrijvingen worden gescoord.");
        group.MapPut("/scores/{inschrijver}", Scoor)
            .WithSummary("Uw eigen scores voor een geldige inschrijving: elk criterium een score op de schaal met motivering. Vervangen kan (If-Match) tot iedereen heeft gescoord.");
        group.MapGet("/scores/{inschrijver}", Scores).WithSummary("De scores voor een inschrijving die u mag zien: uw eigen, en pas als iedereen heeft gescoord die van de anderen.");
        group.MapGet("/scores/{inschrijver}/{beoordelaar}", ScoresVan).WithSummary("De scores van één beoordelaar voor een inschrijving: die van een ander geven 404 tot iedereen heeft gescoord.");
        group.MapPut("/consensus/{inschrijver}", LegConsensusVast)
            .WithSummary("De consensus per criterium met motivering vastleggen (inkoper of regiocoördinator), pas als iedereen heeft gescoord (anders 409 NietIedereenGescoord).");
        group.MapGet("/rangschikking", Rangschikking).WithSummary("De rangschikking op de consensus; gelijke totalen delen een plaats en worden gemeld, niet stil beslecht.");
        return app;
    }

    private static async Task<Results<Ok<CriteriaView>, Probleem>> Criteria(string trajectId, int nummer, HttpContext context, CriteriaBekijken bekijken, CancellationToken ct)
    {
        var uitkomst = await bekijken.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ct);
        if (uitkomst is not Uitkomst<Criteriabeeld>.Gelukt { Waarde: var b })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = b.Criteria?.Versie.ToString();
        return TypedResults.Ok(CriteriaView.From(b));
    }

    private static async Task<Results<Ok<CriteriaView>, Probleem>> StelCriteriaVast(string trajectId, int nummer, CriteriaRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, CriteriaVaststellen vaststellen, CriteriaBekijken bekijken, CancellationToken ct)
    {
        var actor = context.RequiredActor();
        var uitkomst = await vaststellen.SaveAsync(actor, new TrajectId(trajectId), nummer, request.AlsCriteria(), VersieOfNull(ifMatch), ct);
        if (uitkomst is not Uitkomst<Gelezen<Gunningscriteria>>.Gelukt { Waarde: var c })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = c.Versie.ToString();
        return TypedResults.Ok(await bekijken.GetAsync(actor, new TrajectId(trajectId), nummer, ct) is Uitkomst<Criteriabeeld>.Gelukt { Waarde: var b }
            ? CriteriaView.From(b with { Criteria = c })
            : CriteriaView.From(trajectId, nummer, c, false, false, true));
    }

    private static async Task<Results<Ok<BeoordelingView>, Probleem>> Overzicht(string trajectId, int nummer, HttpContext context, BeoordelingBekijken bekijken, CancellationToken ct)
    {
        var uitkomst = await bekijken.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ct);
        return uitkomst is Uitkomst<Beoordelingsbeeld>.Gelukt g ? TypedResults.Ok(BeoordelingView.From(g.Waarde)) : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<CommissieView>, Probleem>> StelCommissieSamen(string trajectId, int nummer, CommissieRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, CommissieSamenstellen samenstellen, CancellationToken ct) =>
        Commissie(context, await samenstellen.SaveAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, request.Beoordelaars, VersieOfNull(ifMatch), ct));

    private static async Task<Results<Ok<CommissieView>, Probleem>> MeldVerstrengeling(string trajectId, int nummer, VerstrengelingRequest request,
        HttpContext context, VerstrengelingMelden melden, CancellationToken ct) =>
        Commissie(context, await melden.DeclareAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, request.Toelichting, ct));

    private static async Task<Results<Ok<GeldigheidView>, Probleem>> StelGeldigheidVast(string trajectId, int nummer, string inschrijver, GeldigheidRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, GeldigheidVaststellen vaststellen, CancellationToken ct)
    {
        var uitkomst = await vaststellen.SaveAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, inschrijver, request.Geldig, request.Reden, VersieOfNull(ifMatch), ct);
        if (uitkomst is not Uitkomst<Gelezen<Geldigheid>>.Gelukt { Waarde: var g })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = g.Versie.ToString();
        return TypedResults.Ok(GeldigheidView.From(g));
    }

    private static async Task<Results<Ok<ScoresView>, Probleem>> Scoor(string trajectId, int nummer, string inschrijver, ScoresRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, ScoresIndienen indienen, CancellationToken ct)
    {
        var actor = context.RequiredActor();
        var uitkomst = await indienen.SubmitAsync(actor, new TrajectId(trajectId), nummer, inschrijver, request.AlsScores(), VersieOfNull(ifMatch), ct);
        if (uitkomst is not Uitkomst<Gelezen<IndividueleBeoordeling>>.Gelukt { Waarde: var b })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = b.Versie.ToString();
        return TypedResults.Ok(ScoresView.From(b.Waarde, b.Versie.ToString(), [new Beoordelaar(actor.AuditNaam, actor.Naam)]));
    }

    private static Task<Results<Ok<List<ScoresView>>, Probleem>> Scores(string trajectId, int nummer, string inschrijver, HttpContext context, ScoresBekijken bekijken, CancellationToken ct) =>
        ScoresAsync(trajectId, nummer, inschrijver, null, context, bekijken, ct);

    private static Task<Results<Ok<List<ScoresView>>, Probleem>> ScoresVan(string trajectId, int nummer, string inschrijver, string beoordelaar,
        HttpContext context, ScoresBekijken bekijken, CancellationToken ct) =>
        ScoresAsync(trajectId, nummer, inschrijver, beoordelaar, context, bekijken, ct);

    private static async Task<Results<Ok<ConsensusView>, Probleem>> LegConsensusVast(string trajectId, int nummer, string inschrijver, ScoresRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, ConsensusVastleggen vastleggen, CriteriaBekijken criteriaBekijken, CancellationToken ct)
    {
        var id = new TrajectId(trajectId);
        var uitkomst = await vastleggen.SaveAsync(context.RequiredActor(), id, nummer, inschrijver, request.AlsScores(), VersieOfNull(ifMatch), ct);
        if (uitkomst is not Uitkomst<Gelezen<Consensus>>.Gelukt { Waarde: var c })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = c.Versie.ToString();
        var criteria = await criteriaBekijken.GetAsync(context.RequiredActor(), id, nummer, ct) is Uitkomst<Criteriabeeld>.Gelukt { Waarde.Criteria: { } k } ? k.Waarde : null;
        return TypedResults.Ok(ConsensusView.From(c, criteria is null ? 0 : Beoordelingsregels.Totaal(criteria, c.Waarde.Scores)));
    }

    private static async Task<Results<Ok<UitslagView>, Probleem>> Rangschikking(string trajectId, int nummer, HttpContext context, UitslagBekijken bekijken, CancellationToken ct)
    {
        var uitkomst = await bekijken.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ct);
        return uitkomst is Uitkomst<Beoordelingsuitslag>.Gelukt { Waarde: var u }
            ? TypedResults.Ok(UitslagView.From(u.Rangschikking, u.Namen, u.Compleet))
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<List<ScoresView>>, Probleem>> ScoresAsync(string trajectId, int nummer, string inschrijver, string? beoordelaar,
        HttpContext context, ScoresBekijken bekijken, CancellationToken ct)
    {
        var actor = context.RequiredActor();
        var id = new TrajectId(trajectId);
        var uitkomst = await bekijken.GetAsync(actor, id, nummer, inschrijver, beoordelaar, ct);
        return uitkomst is Uitkomst<Scoresbeeld>.Gelukt { Waarde: var b }
            ? TypedResults.Ok(b.Scores.Select(s => ScoresView.From(s.Waarde, s.Versie.ToString(), b.Commissie)).ToList())
            : UitkomstResults.Weigering(uitkomst);
    }

    private static Results<Ok<CommissieView>, Probleem> Commissie(HttpContext context, Uitkomst<Gelezen<IReadOnlyList<Beoordelaar>>> uitkomst)
    {
        if (uitkomst is not Uitkomst<Gelezen<IReadOnlyList<Beoordelaar>>>.Gelukt { Waarde: var c })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = c.Versie.ToString();
        return TypedResults.Ok(CommissieView.From(c));
    }

    /// <summary>The version in If-Match; null when none was sent (then only a part that does not exist yet may be written).</summary>
    private static Versie? VersieOfNull(string? ifMatch) => string.IsNullOrWhiteSpace(ifMatch) ? null : Versie.Parse(ifMatch);
}
