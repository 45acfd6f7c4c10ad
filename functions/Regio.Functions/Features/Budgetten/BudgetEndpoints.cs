using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Budgetten;
using Regio.Platform.Storage;

namespace Regio.Functions.Features.Budgetten;

/// <summary>
/// A gemeente's budget: read it (per domain and year), export it, import a sheet in two steps (preview, then apply the
/// previewed version) and set it. Only that gemeente's people get an answer; everyone else gets 404 (DESIGN rule 2).
/// </summary>
public static class BudgetEndpoints
{
    public static IEndpointRouteBuilder MapBudgetten(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/gemeenten/{gemeenteId}/budget").WithTags("Budget").RequireAuthorization(Policies.Lid);
        group.MapGet("/", Get).WithSummary("Het budget van de gemeente per domein en jaar, met totalen en het aandeel in gedeelde percelen; ?domein=jeugd&jaar=2023 beperkt het.");
        group.MapGet("/export", Export).WithSummary("Het budget van één domein als bestand: ?domein=jeugd&formaat=xlsx of csv. Dezelfde indeling als de import.");
        group.MapPost("/import", Preview).Budgetblad()
            .WithSummary("Voorvertoning van een import (budgethouder): domein en bestand (XLSX of CSV, één rij per post, één kolom per jaar). Verandert niets.");
        group.MapGet("/import/{importId}", GetPreview).WithSummary("Een eerdere voorvertoning opnieuw bekijken.");
        group.MapPost("/import/{importId}", Apply)
            .WithSummary("Een voorvertoning toepassen (If-Match: de versie van de voorvertoning); alles of niets. Bij een vastgesteld budget is een reden verplicht.");
        group.MapPost("/{domein}/vaststelling", Vaststellen).WithSummary("Het budget van een domein vaststellen (If-Match: de ETag van het budget). Daarna vraagt elke wijziging een reden.");
        return app;
    }

    private static async Task<Results<Ok<BudgetOverzichtView>, Probleem>> Get(
        string gemeenteId, string? domein, int? jaar, HttpContext context, BudgetBekijken bekijken, CancellationToken cancellationToken)
    {
        var uitkomst = await bekijken.GetAsync(context.RequiredActor(), new GemeenteId(gemeenteId), cancellationToken);
        if (uitkomst is not Uitkomst<BudgetOverzicht>.Gelukt g)
            return UitkomstResults.Weigering(uitkomst);
        if (domein is not null && Budgetdomein.Parse(domein) is null)
            return UitkomstResults.Weigering(new Uitkomst<BudgetOverzicht>.Ongeldig(new Dictionary<string, string> { ["domein"] = Budgetdomein.Fout }));
        return TypedResults.Ok(BudgetOverzichtView.From(g.Waarde, Budgetdomein.Parse(domein), jaar));
    }

    private static async Task<Results<FileContentHttpResult, Probleem>> Export(
        string gemeenteId, string? domein, string? formaat, HttpContext context, BudgetExporteren exporteren, CancellationToken cancellationToken)
    {
        var uitkomst = await exporteren.ExportAsync(context.RequiredActor(), new GemeenteId(gemeenteId), domein, formaat ?? "xlsx", cancellationToken);
        if (uitkomst is not Uitkomst<Exportbestand>.Gelukt { Waarde: var bestand })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(bestand.Inhoud, bestand.ContentType, bestand.Bestandsnaam);
    }

    private static async Task<Results<Ok<VoorvertoningView>, Probleem>> Preview(
        string gemeenteId, HttpContext context, ImportVoorvertonen voorvertonen, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var (form, probleem) = await Multipart.ReadAsync(context, antiforgery, BudgetFormulier.Teksten, cancellationToken);
        if (probleem is not null)
            return probleem;
        var bestand = form!.Files.GetFile("bestand");
        var inhoud = bestand is null ? null : await BudgetFormulier.BytesAsync(bestand, cancellationToken);
        var uitkomst = await voorvertonen.PreviewAsync(context.RequiredActor(), new GemeenteId(gemeenteId), form["domein"], bestand?.FileName, inhoud, cancellationToken);
        return Voorvertoning(context, uitkomst);
    }

    private static async Task<Results<Ok<VoorvertoningView>, Probleem>> GetPreview(
        string gemeenteId, string importId, HttpContext context, ImportVoorvertonen voorvertonen, CancellationToken cancellationToken) =>
        Voorvertoning(context, await voorvertonen.GetAsync(context.RequiredActor(), new GemeenteId(gemeenteId), importId, cancellationToken));

    private static async Task<Results<Ok<BudgetView>, Probleem>> Apply(
        string gemeenteId, string importId, ToepassenRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, ImportToepassen toepassen, CancellationToken cancellationToken) =>
        Budget(context, await toepassen.ApplyAsync(context.RequiredActor(), new GemeenteId(gemeenteId), importId, ifMatch, request.Reden, cancellationToken));

    private static async Task<Results<Ok<BudgetView>, Probleem>> Vaststellen(
        string gemeenteId, string domein, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext context, BudgetVaststellen vaststellen, CancellationToken cancellationToken) =>
        Budget(context, await vaststellen.AdoptAsync(context.RequiredActor(), new GemeenteId(gemeenteId), domein, Versie.Parse(ifMatch), cancellationToken));

    private static Results<Ok<VoorvertoningView>, Probleem> Voorvertoning(HttpContext context, Uitkomst<Voorvertoning> uitkomst)
    {
        if (uitkomst is not Uitkomst<Voorvertoning>.Gelukt { Waarde: var v })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = $"\"{v.Voorstel.Versie}\"";
        return TypedResults.Ok(VoorvertoningView.From(v));
    }

    private static Results<Ok<BudgetView>, Probleem> Budget(HttpContext context, Uitkomst<BudgetVersie> uitkomst)
    {
        if (uitkomst is not Uitkomst<BudgetVersie>.Gelukt { Waarde: var versie })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = versie.Versie.ToString();
        return TypedResults.Ok(BudgetView.From(versie, null));
    }
}
