using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Stukken;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Trajecten.Stukken;

namespace Regio.Functions.Features.Trajecten.Stukken;

/// <summary>
/// Aanbestedingsstukken of a traject: list, publish a document, publish a new version of it, download any version.
/// Uploads are multipart/form-data; a version is never overwritten. Who may do what is decided behind each use case.
/// </summary>
public static class StukkenEndpoints
{
    public static IEndpointRouteBuilder MapTrajectStukken(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/trajecten/{trajectId}/documenten").WithTags("Aanbestedingsstukken").RequireAuthorization(Policies.Lid);
        group.MapGet("/", List).WithSummary("De aanbestedingsstukken van een traject, met al hun versies (nieuwste eerst).");
        group.MapPost("/", Publish).Stuk(nieuwDocument: true)
            .WithSummary("Een document publiceren (inkoper van de eigenaar): titel, perceel (leeg: hele traject) en bestand (PDF, DOCX, XLSX of ODT, hoogstens 95 MB).");
        group.MapPost("/{documentId}/versies", PublishVersion).Stuk(nieuwDocument: false)
            .WithSummary("Een nieuwe versie van een document publiceren: bestand en toelichting. Eerdere versies blijven ongewijzigd beschikbaar.");
        group.MapGet("/{documentId}/versies/{versie:int}", Download)
            .WithSummary("Een versie downloaden, zoals die is gepubliceerd. De SHA-256 staat in de header Repr-Digest (RFC 9530) en X-Regio-Sha256.");
        return app;
    }

    private static async Task<Results<Ok<StukkenView>, Probleem>> List(
        string trajectId, HttpContext context, StukkenBekijken stukken, CancellationToken cancellationToken)
    {
        var uitkomst = await stukken.ListAsync(context.RequiredActor(), new TrajectId(trajectId), cancellationToken);
        return uitkomst is Uitkomst<StukkenVanTraject>.Gelukt g ? TypedResults.Ok(StukkenView.From(g.Waarde)) : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Created<StukView>, Probleem>> Publish(
        string trajectId, HttpContext context, StukPublicatie publicatie, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var (form, probleem) = await Multipart.ReadAsync(context, antiforgery, StukFormulier.Teksten, cancellationToken);
        if (probleem is not null)
            return probleem;
        var (perceel, fout) = StukTeksten.Perceel(form!["perceel"]);
        if (fout is not null)
            return UitkomstResults.Weigering(new Uitkomst<Aanbestedingsstuk>.Ongeldig(new Dictionary<string, string> { ["perceel"] = fout }));
        var bestand = form.Files.GetFile("bestand");
        await using var inhoud = bestand?.OpenReadStream();
        var uitkomst = await publicatie.PublishAsync(context.RequiredActor(), new TrajectId(trajectId), form["titel"], perceel,
            new StukUpload(bestand?.FileName, inhoud, form["toelichting"]), cancellationToken);
        return Created(trajectId, uitkomst);
    }

    private static async Task<Results<Created<StukView>, Probleem>> PublishVersion(
        string trajectId, string documentId, HttpContext context, StukPublicatie publicatie, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var (form, probleem) = await Multipart.ReadAsync(context, antiforgery, StukFormulier.Teksten, cancellationToken);
        if (probleem is not null)
            return probleem;
        var bestand = form!.Files.GetFile("bestand");
        await using var inhoud = bestand?.OpenReadStream();
        var uitkomst = await publicatie.PublishVersionAsync(context.RequiredActor(), new TrajectId(trajectId), documentId,
            new StukUpload(bestand?.FileName, inhoud, form["toelichting"]), cancellationToken);
        return Created(trajectId, uitkomst);
    }

    private static async Task<Results<FileStreamHttpResult, Probleem>> Download(
        string trajectId, string documentId, int versie, HttpContext context, StukLezen lezen, CancellationToken cancellationToken)
    {
        var uitkomst = await lezen.GetAsync(context.RequiredActor(), new TrajectId(trajectId), documentId, versie, cancellationToken);
        if (uitkomst is not Uitkomst<StukBestand>.Gelukt { Waarde: var bestand })
            return UitkomstResults.Weigering(uitkomst);
        var v = bestand.Versie;
        var headers = context.Response.Headers;
        headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(v.Sha256))}:";
        headers["X-Regio-Sha256"] = v.Sha256;
        headers.CacheControl = "private";
        context.Response.ContentLength = v.Grootte;
        return TypedResults.File(bestand.Inhoud, bestand.ContentType, v.Bestandsnaam, v.GepubliceerdOp, new EntityTagHeaderValue($"\"{v.Sha256}\""));
    }

    private static Results<Created<StukView>, Probleem> Created(string trajectId, Uitkomst<Aanbestedingsstuk> uitkomst)
    {
        if (uitkomst is not Uitkomst<Aanbestedingsstuk>.Gelukt { Waarde: var stuk })
            return UitkomstResults.Weigering(uitkomst);
        var id = new TrajectId(trajectId);
        return TypedResults.Created(StukVersieView.DownloadPad(id, stuk.Id, stuk.Laatste.Nummer), StukView.From(id, stuk));
    }
}
