using Microsoft.AspNetCore.Http.HttpResults;
using Regio.Domain.Trajecten;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Trajecten.Gunningen;

namespace Regio.Functions.Features.Trajecten.Gunningen;

/// <summary>Bezwaren during the standstill, and the proces-verbaal with the data for the award notice.</summary>
public static class BezwaarEndpoints
{
    public static RouteGroupBuilder MapBezwaren(this RouteGroupBuilder group)
    {
        group.MapGet("/bezwaren", Lijst).WithSummary("De bezwaren van een perceel: voor de aanbestedende dienst alle, voor een inschrijver alleen de eigen.");
        group.MapPost("/bezwaren", DienIn)
            .WithSummary("Een aanvullende motivering vragen of een kort geding aankondigen (inschrijver die een brief ontving), tot en met de laatste dag van de opschortende termijn. Soort: AanvullendeMotivering, KortGeding of Bezwaar.");
        group.MapPut("/bezwaren/{bezwaarNummer:int}", Werk)
            .WithSummary("Bij een bezwaar vastleggen (inkoper): het antwoord (de aanvullende motivering), de datum van dagvaarding en zitting, de uitspraak en uitkomst. Wat vastligt wordt niet overschreven.");
        group.MapGet("/proces-verbaal", ProcesVerbaal)
            .WithSummary("Het proces-verbaal van het perceel als DOCX: verloop (wie deed wat wanneer), ontvangen inschrijvingen en de opening, geldigheid, scores (na verzending), beslissing, bezwaren en contracten.");
        group.MapGet("/proces-verbaal/aankondiging", Aankondiging)
            .WithSummary("De gegevens voor de aankondiging van de gegunde opdracht op TenderNed: aanbestedende dienst, opdracht, procedure, datum, aantal inschrijvingen, winnaars met KvK, start en looptijd.");
        return group;
    }

    private static async Task<Results<Ok<List<BezwaarItemView>>, Probleem>> Lijst(string trajectId, int nummer, HttpContext context, GunningBekijken bekijken, CancellationToken ct)
    {
        var uitkomst = await bekijken.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ct);
        return uitkomst is Uitkomst<Gunningsbeeld>.Gelukt g ? TypedResults.Ok(g.Waarde.Bezwaren.Select(BezwaarItemView.From).ToList()) : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Created<BezwaarItemView>, Probleem>> DienIn(string trajectId, int nummer, BezwaarRequest request,
        HttpContext context, Bezwaarindiening indiening, CancellationToken ct)
    {
        if (BezwaarRequest.LeesSoort(request.Soort) is not { } soort)
        {
            return UitkomstResults.Weigering(new Uitkomst<GenummerdBezwaar>.Ongeldig(new Dictionary<string, string>
            {
                ["soort"] = "Kies wat u vraagt: AanvullendeMotivering (een nadere toelichting op de beoordeling), KortGeding (u kondigt een kort geding aan) of Bezwaar.",
            }));
        }
        var uitkomst = await indiening.AddAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, soort, request.Toelichting, ct);
        return uitkomst is Uitkomst<GenummerdBezwaar>.Gelukt { Waarde: var b }
            ? TypedResults.Created($"/api/trajecten/{trajectId}/percelen/{nummer}/bezwaren", BezwaarItemView.From(b))
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<BezwaarItemView>, Probleem>> Werk(string trajectId, int nummer, int bezwaarNummer, BezwaarWijzigingRequest request,
        HttpContext context, Bezwaarafhandeling afhandeling, CancellationToken ct)
    {
        var uitkomst = await afhandeling.UpdateAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, bezwaarNummer, request.AlsWijziging(), ct);
        return uitkomst is Uitkomst<GenummerdBezwaar>.Gelukt g ? TypedResults.Ok(BezwaarItemView.From(g.Waarde)) : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<FileContentHttpResult, Probleem>> ProcesVerbaal(string trajectId, int nummer, HttpContext context, ProcesVerbaalOpmaken opmaken, CancellationToken ct)
    {
        var uitkomst = await opmaken.CreateAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ct);
        if (uitkomst is not Uitkomst<ProcesVerbaalbestand>.Gelukt { Waarde: var pv })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(pv.Inhoud, GunningBlobs.ContentType, pv.Bestandsnaam);
    }

    private static async Task<Results<Ok<Gunningsaankondiging>, Probleem>> Aankondiging(string trajectId, int nummer, HttpContext context, AankondigingOpmaken opmaken, CancellationToken ct)
    {
        var uitkomst = await opmaken.GetAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, ct);
        return uitkomst is Uitkomst<Gunningsaankondiging>.Gelukt g ? TypedResults.Ok(g.Waarde) : UitkomstResults.Weigering(uitkomst);
    }
}
