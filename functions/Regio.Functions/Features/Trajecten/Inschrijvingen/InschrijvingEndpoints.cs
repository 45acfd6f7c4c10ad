using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Functions.Features.Trajecten.Inschrijvingen;

/// <summary>
/// Sealed submissions of a perceel (DESIGN rule 3). Files never pass through the app: an aanbieder asks an upload grant
/// (a SAS for one blob), PUTs the blocks straight to Blob Storage, then submits and gets a receipt. The receipt counts,
/// not the upload. Before the four-eyes opening the documents answer 404 to everyone. Who may do what: the use case each route calls.
/// </summary>
public static class InschrijvingEndpoints
{
    public static IEndpointRouteBuilder MapTrajectInschrijvingen(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/trajecten/{trajectId}/percelen/{nummer:int}/inschrijvingen").WithTags("Inschrijvingen").RequireAuthorization(Policies.Lid);
        group.MapGet("/", Overzicht).WithSummary("De indienmomenten van een perceel: gevraagde documenten en termijn; de eigenaar ziet alleen aantallen, een aanbieder alleen de eigen inschrijving.");
        group.MapPut("/momenten/{moment}", StelVast)
            .WithSummary("Een indienmoment (aanmelding, dialoog of inschrijving) vaststellen of wijzigen tot de sluiting: gevraagde documenten en sluitingstermijn (If-Match bij wijzigen).");
        group.MapPost("/momenten/{moment}/uploads", Machtig)
            .WithSummary("Een uploadmachtiging vragen (aanbieder): een kortlevende SAS die alleen schrijven toestaat, voor één bestand tot 200 MB, in blokken. Uploaden is nog geen indienen.");
        group.MapPost("/momenten/{moment}/indieningen", DienIn)
            .WithSummary("Indienen of vervangen (aanbieder): de geüploade bestanden met document, grootte en SHA-256. Het platform controleert ze en geeft een ontvangstbevestiging; alleen de laatste telt.");
        group.MapPost("/momenten/{moment}/intrekking", TrekIn).WithSummary("De geldende inschrijving intrekken tot de sluiting (aanbieder); eerdere versies blijven bewaard.");
        group.MapGet("/momenten/{moment}/ontvangstbevestigingen/{bewijsId}", Bewijs).WithSummary("Een ontvangstbevestiging van de eigen inschrijving.");
        group.MapGet("/momenten/{moment}/ontvangstbevestigingen/{bewijsId}/tekst", BewijsTekst).WithSummary("De ontvangstbevestiging als platte tekst.");
        group.MapGet("/momenten/{moment}/ontvangstbevestigingen/{bewijsId}/pdf", BewijsPdf).WithSummary("De ontvangstbevestiging als PDF.");
        group.MapGet("/geschiedenis", Geschiedenis).WithSummary("De geschiedenis van de eigen inschrijvingen op dit perceel (aanbieder): machtigingen, indieningen en intrekkingen.");
        group.MapPost("/momenten/{moment}/opening", StartOpening).WithSummary("Na de sluiting de opening starten (eerste persoon van de aanbestedende dienst).");
        group.MapPost("/momenten/{moment}/opening/bevestiging", BevestigOpening)
            .WithSummary("De opening bevestigen (een tweede, andere persoon). Pas daarna kunnen beoordelaars de inschrijvingen lezen.");
        group.MapGet("/momenten/{moment}/documenten", Documenten).WithSummary("De geldende inschrijvingen en hun bestanden, na de opening. Daarvoor: 404 voor iedereen.");
        group.MapGet("/momenten/{moment}/documenten/{uploadId}", Download).WithSummary("Een bestand van een geopende inschrijving downloaden. De SHA-256 staat in de header X-Regio-Sha256.");
        return app;
    }

    private static async Task<Results<Ok<InschrijvingenView>, Probleem>> Overzicht(string trajectId, int nummer, HttpContext context, InschrijvingenBekijken inschrijvingen, CancellationToken ct)
    {
        var uitkomst = await inschrijvingen.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ct);
        return uitkomst is Uitkomst<Inschrijvingsbeeld>.Gelukt g ? TypedResults.Ok(InschrijvingenView.From(g.Waarde)) : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<MomentView>, Probleem>> StelVast(string trajectId, int nummer, string moment, MomentRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, Momentvaststelling vaststelling, TimeProvider time, CancellationToken ct)
    {
        if (Indienmoment.Lees(moment) is not { } soort)
            return Onbekend();
        var versie = string.IsNullOrWhiteSpace(ifMatch) ? (Versie?)null : Versie.Parse(ifMatch);
        var uitkomst = await vaststelling.SaveAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, soort, request.Documenten, request.Sluiting, versie, ct);
        if (uitkomst is not Uitkomst<Momentversie>.Gelukt { Waarde: var m })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = m.Versie.ToString();
        return TypedResults.Ok(MomentView.From(trajectId, nummer, new Momentbeeld(m.Moment, m.Versie, Termijntekst.Resterend(m.Moment.Sluiting, time.GetUtcNow()), false, null, null)));
    }

    private static async Task<Results<Ok<UploadmachtigingView>, Probleem>> Machtig(string trajectId, int nummer, string moment, UploadRequest request,
        HttpContext context, UploadMachtigen machtigen, CancellationToken ct)
    {
        if (Indienmoment.Lees(moment) is not { } soort)
            return Onbekend();
        var uitkomst = await machtigen.GrantAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, soort, request.Document, request.Bestandsnaam, request.Grootte ?? 0, request.UploadId, ct);
        return uitkomst is Uitkomst<Uploadmachtiging>.Gelukt { Waarde: var m }
            ? TypedResults.Ok(new UploadmachtigingView(m.UploadId, m.Uri.ToString(), m.VerlooptOp, m.MaximumBytes, 4 * 1024 * 1024))
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Created<OntvangstbevestigingView>, Probleem>> DienIn(string trajectId, int nummer, string moment, IndienRequest request,
        HttpContext context, InschrijvingIndienen indienen, CancellationToken ct)
    {
        if (Indienmoment.Lees(moment) is not { } soort)
            return Onbekend();
        var bestanden = request.Bestanden?.Select(b => new InTeDienenBestand(b?.Document, b?.UploadId, b?.Bestandsnaam, b?.Grootte ?? 0, b?.Sha256)).ToList();
        var uitkomst = await indienen.SubmitAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, soort, bestanden, ct);
        if (uitkomst is not Uitkomst<Ontvangstbevestiging>.Gelukt { Waarde: var bewijs })
            return UitkomstResults.Weigering(uitkomst);
        var view = OntvangstbevestigingView.From(bewijs);
        return TypedResults.Created(OntvangstbevestigingView.Pad(trajectId, nummer, soort, bewijs.BewijsId), view);
    }

    private static async Task<Results<Ok<OntvangstbevestigingView>, Probleem>> TrekIn(string trajectId, int nummer, string moment,
        HttpContext context, InschrijvingIntrekken intrekken, CancellationToken ct)
    {
        if (Indienmoment.Lees(moment) is not { } soort)
            return Onbekend();
        var uitkomst = await intrekken.WithdrawAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, soort, ct);
        return uitkomst is Uitkomst<Ontvangstbevestiging>.Gelukt g ? TypedResults.Ok(OntvangstbevestigingView.From(g.Waarde)) : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<OntvangstbevestigingView>, Probleem>> Bewijs(string trajectId, int nummer, string moment, string bewijsId,
        HttpContext context, OntvangstbevestigingLezen lezen, CancellationToken ct)
    {
        var uitkomst = await LeesBewijsAsync(trajectId, nummer, moment, bewijsId, context, lezen, ct);
        return uitkomst is Uitkomst<Ontvangstbevestiging>.Gelukt g ? TypedResults.Ok(OntvangstbevestigingView.From(g.Waarde)) : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<FileContentHttpResult, Probleem>> BewijsTekst(string trajectId, int nummer, string moment, string bewijsId,
        HttpContext context, OntvangstbevestigingLezen lezen, CancellationToken ct)
    {
        var uitkomst = await LeesBewijsAsync(trajectId, nummer, moment, bewijsId, context, lezen, ct);
        return uitkomst is Uitkomst<Ontvangstbevestiging>.Gelukt { Waarde: var b }
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(b.Tekst()), "text/plain; charset=utf-8", b.Bestandsnaam("txt"))
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<FileContentHttpResult, Probleem>> BewijsPdf(string trajectId, int nummer, string moment, string bewijsId,
        HttpContext context, OntvangstbevestigingLezen lezen, CancellationToken ct)
    {
        var uitkomst = await LeesBewijsAsync(trajectId, nummer, moment, bewijsId, context, lezen, ct);
        return uitkomst is Uitkomst<Ontvangstbevestiging>.Gelukt { Waarde: var b }
            ? TypedResults.File(b.Pdf(), "application/pdf", b.Bestandsnaam("pdf"))
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<List<GebeurtenisView>>, Probleem>> Geschiedenis(string trajectId, int nummer, HttpContext context, EigenGeschiedenis geschiedenis, CancellationToken ct)
    {
        var uitkomst = await geschiedenis.ListAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ct);
        return uitkomst is Uitkomst<IReadOnlyList<AuditEvent>>.Gelukt g ? TypedResults.Ok(g.Waarde.Select(GebeurtenisView.From).ToList()) : UitkomstResults.Weigering(uitkomst);
    }

    private static Task<Results<Ok<MomentView>, Probleem>> StartOpening(string trajectId, int nummer, string moment, HttpContext context, VierOgenOpening opening, CancellationToken ct) =>
        OpeningAsync(trajectId, nummer, moment, context, (a, id, s) => opening.StartAsync(a, id, nummer, s, ct));

    private static Task<Results<Ok<MomentView>, Probleem>> BevestigOpening(string trajectId, int nummer, string moment, HttpContext context, VierOgenOpening opening, CancellationToken ct) =>
        OpeningAsync(trajectId, nummer, moment, context, (a, id, s) => opening.ConfirmAsync(a, id, nummer, s, ct));

    private static async Task<Results<Ok<GeopendView>, Probleem>> Documenten(string trajectId, int nummer, string moment, HttpContext context, GeopendeInschrijvingen geopend, CancellationToken ct)
    {
        if (Indienmoment.Lees(moment) is not { } soort)
            return Onbekend();
        var uitkomst = await geopend.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, soort, ct);
        if (uitkomst is not Uitkomst<GeopendMoment>.Gelukt { Waarde: var g })
            return UitkomstResults.Weigering(uitkomst);
        return TypedResults.Ok(new GeopendView(moment, OpeningView.From(g.Moment.Opening!),
            g.Inschrijvingen.Select(i => new GeopendeInschrijvingView(i.Inschrijver, i.Indiening.Versie, i.Indiening.Tijdstip, i.Indiening.Bestanden.Select(BestandView.From).ToList())).ToList()));
    }

    private static async Task<Results<FileStreamHttpResult, Probleem>> Download(string trajectId, int nummer, string moment, string uploadId,
        HttpContext context, GeopendeInschrijvingen geopend, CancellationToken ct)
    {
        if (Indienmoment.Lees(moment) is not { } soort)
            return Onbekend();
        var uitkomst = await geopend.GetBestandAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, soort, uploadId, ct);
        if (uitkomst is not Uitkomst<GeopendBestand>.Gelukt { Waarde: var b })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers["X-Regio-Sha256"] = b.Bestand.Sha256;
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.ContentLength = b.Bestand.Grootte;
        return TypedResults.File(b.Inhoud, Platform.Trajecten.Stukken.StukSoorten.ContentType(b.Bestand.Soort), b.Bestand.Bestandsnaam);
    }

    private static async Task<Results<Ok<MomentView>, Probleem>> OpeningAsync(string trajectId, int nummer, string moment, HttpContext context,
        Func<Platform.Toegang.Actor, TrajectId, Momentsoort, Task<Uitkomst<Momentversie>>> actie)
    {
        if (Indienmoment.Lees(moment) is not { } soort)
            return Onbekend();
        var uitkomst = await actie(context.RequiredActor(), new TrajectId(trajectId), soort);
        if (uitkomst is not Uitkomst<Momentversie>.Gelukt { Waarde: var m })
            return UitkomstResults.Weigering(uitkomst);
        return TypedResults.Ok(MomentView.From(trajectId, nummer, new Momentbeeld(m.Moment, m.Versie, "", true, null, null)));
    }

    private static Task<Uitkomst<Ontvangstbevestiging>> LeesBewijsAsync(string trajectId, int nummer, string moment, string bewijsId, HttpContext context, OntvangstbevestigingLezen lezen, CancellationToken ct) =>
        Indienmoment.Lees(moment) is { } soort
            ? lezen.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, soort, bewijsId, ct)
            : Task.FromResult<Uitkomst<Ontvangstbevestiging>>(new Uitkomst<Ontvangstbevestiging>.NietGevonden());

    private static Probleem Onbekend() => Probleem.Van(StatusCodes.Status404NotFound,
        detail: "Onbekend indienmoment. Kies aanmelding, dialoog of inschrijving.");
}
