using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Functions.Features.Trajecten.Stukken;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten.Dialogen;

namespace Regio.Functions.Features.Trajecten.Dialogen;

/// <summary>
/// The dialogue of a perceel (dialooggericht): participants, rounds, one session per participant per round with its
/// minutes (If-Match), and documents shared with all participants at once. Who sees what is decided behind DialoogPoort.
/// </summary>
public static class DialoogEndpoints
{
    public static IEndpointRouteBuilder MapTrajectDialoog(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/trajecten/{trajectId}/percelen/{nummer:int}/dialoog").WithTags("Dialoog").RequireAuthorization(Policies.Lid);
        group.MapGet("/", Get).WithSummary("De dialoog van een perceel: deelnemers, rondes met gedeelde documenten, en alleen de sessies die u mag zien (de eigenaar alle, een deelnemer de eigen).");
        group.MapGet("/kandidaten", Kandidaten).WithSummary("De aanbieders op het platform die nog geen deelnemer zijn (eigenaar).");
        group.MapPost("/deelnemers", VoegToe).WithSummary("Een aanbieder als deelnemer aan de dialoog toevoegen (inkoper van de eigenaar).");
        group.MapPost("/rondes", PlanRonde).WithSummary("Een dialoogronde plannen: titel en periode (van, tot).");
        group.MapPost("/rondes/{ronde:int}/sessies", PlanSessie).WithSummary("Een sessie met één deelnemer plannen in een ronde: datum, tijd en locatie. Eén sessie per deelnemer per ronde.");
        group.MapGet("/rondes/{ronde:int}/sessies/{deelnemer}", Sessie)
            .WithSummary("Een sessie met verslag en afspraken: alleen voor de eigenaar en de deelnemer zelf. Anderen krijgen 404.");
        group.MapPut("/rondes/{ronde:int}/sessies/{deelnemer}/verslag", Verslag)
            .WithSummary("Het verslag en de afspraken (omschrijving, eigenaar, uiterlijk) van een sessie vastleggen of herschrijven (If-Match: de ETag van de sessie).");
        group.MapPost("/rondes/{ronde:int}/documenten", Deel).GedeeldDocument()
            .WithSummary("Een document met alle deelnemers tegelijk delen (multipart: titel en bestand, PDF, DOCX, XLSX of ODT). Het wordt nooit overschreven.");
        group.MapGet("/rondes/{ronde:int}/documenten/{documentNummer:int}", Download)
            .WithSummary("Een gedeeld document downloaden (eigenaar en deelnemers). De SHA-256 staat in de header X-Regio-Sha256.");
        return app;
    }

    private static async Task<Results<Ok<DialoogView>, Probleem>> Get(string trajectId, int nummer, HttpContext context, DialoogBekijken bekijken, CancellationToken ct)
    {
        var uitkomst = await bekijken.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ct);
        return uitkomst is Uitkomst<Dialoogbeeld>.Gelukt g ? TypedResults.Ok(DialoogView.From(g.Waarde)) : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<List<KandidaatView>>, Probleem>> Kandidaten(string trajectId, int nummer, HttpContext context, KandidatenBekijken kandidaten, CancellationToken ct)
    {
        var uitkomst = await kandidaten.ListAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ct);
        return uitkomst is Uitkomst<IReadOnlyList<Domain.Organisaties.Organisatie>>.Gelukt g
            ? TypedResults.Ok(g.Waarde.Select(o => new KandidaatView(o.Id.Value, o.Naam)).ToList())
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Created<DialoogView>, Probleem>> VoegToe(
        string trajectId, int nummer, DeelnemerRequest request, HttpContext context, DeelnemerToevoegen toevoegen, DialoogBekijken bekijken, CancellationToken ct)
    {
        var uitkomst = await toevoegen.AddAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, request.Aanbieder, ct);
        return await NaWijzigingAsync(trajectId, nummer, uitkomst, context, bekijken, ct);
    }

    private static async Task<Results<Created<DialoogView>, Probleem>> PlanRonde(
        string trajectId, int nummer, RondeRequest request, HttpContext context, RondePlannen plannen, DialoogBekijken bekijken, CancellationToken ct)
    {
        if (request.Van is not { } van || request.Tot is not { } tot)
            return Ongeldig(request.Van is null ? "van" : "tot", "Vul de periode van de ronde in: de eerste en de laatste dag (jjjj-mm-dd).");
        var uitkomst = await plannen.ScheduleAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, request.Titel, van, tot, ct);
        return await NaWijzigingAsync(trajectId, nummer, uitkomst, context, bekijken, ct);
    }

    private static async Task<Results<Created<SessieView>, Probleem>> PlanSessie(
        string trajectId, int nummer, int ronde, SessieRequest request, HttpContext context, SessiePlannen plannen, CancellationToken ct)
    {
        if (request.Datum is not { } datum || request.Tijd is not { } tijd)
            return Ongeldig(request.Datum is null ? "datum" : "tijd", "Vul de datum (jjjj-mm-dd) en de begintijd (uu:mm) van de sessie in.");
        var uitkomst = await plannen.ScheduleAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ronde, request.Deelnemer, datum, tijd, request.Locatie, ct);
        if (uitkomst is not Uitkomst<Stand<Dialoogsessie>>.Gelukt { Waarde: var sessie })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = sessie.Versie?.ToString();
        return TypedResults.Created(SessiePad(trajectId, nummer, ronde, sessie.Waarde.Deelnemer), SessieView.From(sessie, request.Deelnemer ?? ""));
    }

    private static async Task<Results<Ok<SessieView>, Probleem>> Sessie(
        string trajectId, int nummer, int ronde, string deelnemer, HttpContext context, SessieBekijken bekijken, CancellationToken ct)
    {
        var uitkomst = await bekijken.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ronde, deelnemer, ct);
        return SessieAntwoord(context, uitkomst);
    }

    private static async Task<Results<Ok<SessieView>, Probleem>> Verslag(
        string trajectId, int nummer, int ronde, string deelnemer, VerslagRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, VerslagVastleggen vastleggen, CancellationToken ct)
    {
        var afspraken = new List<Afspraak>();
        foreach (var a in request.Afspraken ?? [])
        {
            if (a?.Uiterlijk is not { } uiterlijk)
                return Ongeldig("afspraken", "Geef bij elke afspraak de datum waarop zij uiterlijk klaar is (jjjj-mm-dd).");
            afspraken.Add(new Afspraak(a.Omschrijving ?? "", a.Eigenaar ?? "", uiterlijk));
        }
        if (string.IsNullOrWhiteSpace(ifMatch))
            return TrajectEndpoints.EtagNodig();
        var uitkomst = await vastleggen.SaveAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ronde, deelnemer, request.Tekst, afspraken, Versie.Parse(ifMatch), ct);
        return SessieAntwoord(context, uitkomst);
    }

    private static async Task<Results<Created<GedeeldDocumentView>, Probleem>> Deel(
        string trajectId, int nummer, int ronde, HttpContext context, DocumentDelen delen, IAntiforgery antiforgery, CancellationToken ct)
    {
        var (form, probleem) = await Multipart.ReadAsync(context, antiforgery, StukFormulier.Teksten, ct);
        if (probleem is not null)
            return probleem;
        var bestand = form!.Files.GetFile("bestand");
        await using var inhoud = bestand?.OpenReadStream();
        var uitkomst = await delen.ShareAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ronde, form["titel"], bestand?.FileName, inhoud, ct);
        if (uitkomst is not Uitkomst<GedeeldDocument>.Gelukt { Waarde: var document })
            return UitkomstResults.Weigering(uitkomst);
        var view = GedeeldDocumentView.From(trajectId, nummer, ronde, document);
        return TypedResults.Created(view.Download, view);
    }

    private static async Task<Results<FileStreamHttpResult, Probleem>> Download(
        string trajectId, int nummer, int ronde, int documentNummer, HttpContext context, DocumentOpenen openen, CancellationToken ct)
    {
        var uitkomst = await openen.OpenAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ronde, documentNummer, ct);
        if (uitkomst is not Uitkomst<DialoogBestand>.Gelukt { Waarde: var bestand })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers["X-Regio-Sha256"] = bestand.Document.Sha256;
        context.Response.Headers.CacheControl = "private";
        context.Response.ContentLength = bestand.Document.Grootte;
        return TypedResults.File(bestand.Inhoud, bestand.ContentType, bestand.Document.Bestandsnaam, bestand.Document.GedeeldOp,
            new EntityTagHeaderValue($"\"{bestand.Document.Sha256}\""));
    }

    private static async Task<Results<Created<DialoogView>, Probleem>> NaWijzigingAsync(
        string trajectId, int nummer, Uitkomst<Stand<Dialoog>> uitkomst, HttpContext context, DialoogBekijken bekijken, CancellationToken ct)
    {
        if (uitkomst is not Uitkomst<Stand<Dialoog>>.Gelukt)
            return UitkomstResults.Weigering(uitkomst);
        var beeld = await bekijken.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ct);
        return beeld is Uitkomst<Dialoogbeeld>.Gelukt g
            ? TypedResults.Created($"/api/trajecten/{trajectId}/percelen/{nummer}/dialoog", DialoogView.From(g.Waarde))
            : UitkomstResults.Weigering(beeld);
    }

    private static Results<Ok<SessieView>, Probleem> SessieAntwoord(HttpContext context, Uitkomst<Stand<Dialoogsessie>> uitkomst)
    {
        if (uitkomst is not Uitkomst<Stand<Dialoogsessie>>.Gelukt { Waarde: var sessie })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = sessie.Versie?.ToString();
        return TypedResults.Ok(SessieView.From(sessie, sessie.Waarde.Deelnemer));
    }

    private static string SessiePad(string trajectId, int nummer, int ronde, string deelnemer) =>
        $"/api/trajecten/{trajectId}/percelen/{nummer}/dialoog/rondes/{ronde}/sessies/{Uri.EscapeDataString(deelnemer)}";

    private static Probleem Ongeldig(string veld, string melding) =>
        UitkomstResults.Weigering(new Uitkomst<object>.Ongeldig(new Dictionary<string, string> { [veld] = melding }));
}
