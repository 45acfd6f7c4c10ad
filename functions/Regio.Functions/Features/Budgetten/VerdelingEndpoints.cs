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

/// <summary>The verdeling of a shared perceel: contract value per year and each gemeente's share (the regio coordinator's).</summary>
public static class VerdelingEndpoints
{
    public static IEndpointRouteBuilder MapVerdelingen(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/trajecten/{trajectId}/percelen/{nummer:int}/verdeling").WithTags("Verdeling").RequireAuthorization(Policies.Lid);
        group.MapGet("/", Get).WithSummary("Contractwaarde per jaar, verdeelsleutel en het aandeel van elke gemeente in hele euro's, met de som (regiocoördinator).");
        group.MapPut("/", Put).WithSummary("De verdeling vastleggen: contractwaarde per jaar en per gemeente een deel (1/7, 14,5%) of een vast bedrag per jaar. If-Match bij een wijziging.");
        return app;
    }

    private static async Task<Results<Ok<VerdelingView>, Probleem>> Get(
        string trajectId, int nummer, HttpContext context, VerdelingBekijken bekijken, CancellationToken cancellationToken)
    {
        var uitkomst = await bekijken.GetAsync(context.RequiredActor(), new TrajectId(trajectId), cancellationToken);
        if (uitkomst is not Uitkomst<VerdelingenVanTraject>.Gelukt { Waarde: var v })
            return UitkomstResults.Weigering(uitkomst);
        if (v.Percelen.FirstOrDefault(p => p.Perceel.Nummer == nummer) is not { } perceel)
            return UitkomstResults.Weigering(new Uitkomst<VerdelingView>.NietGevonden());
        if (perceel.Versie is { } versie)
            context.Response.Headers.ETag = versie.ToString();
        return TypedResults.Ok(VerdelingView.From(v.Traject, perceel));
    }

    private static async Task<Results<Ok<VerdelingView>, Probleem>> Put(
        string trajectId, int nummer, VerdelingRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext context, VerdelingVastleggen vastleggen, CancellationToken cancellationToken)
    {
        var (verdeling, fouten) = request.AlsVerdeling();
        if (fouten.Count > 0)
            return UitkomstResults.Weigering(new Uitkomst<VerdelingView>.Ongeldig(fouten));
        var gelezen = string.IsNullOrWhiteSpace(ifMatch) ? (Versie?)null : Versie.Parse(ifMatch);
        var uitkomst = await vastleggen.SaveAsync(context.RequiredActor(), new TrajectId(trajectId), nummer, verdeling!, gelezen, cancellationToken);
        if (uitkomst is not Uitkomst<VerdelingVanPerceel>.Gelukt { Waarde: var perceel })
            return UitkomstResults.Weigering(uitkomst);
        context.Response.Headers.ETag = perceel.Versie.ToString();
        return TypedResults.Ok(VerdelingView.From(null, perceel));
    }
}

public sealed record VerdelingRequest(IReadOnlyList<JaarBedrag>? Contractwaarde, IReadOnlyList<SleutelRequest>? Aandelen)
{
    public (Verdeling? Verdeling, Dictionary<string, string> Fouten) AlsVerdeling()
    {
        var fouten = new Dictionary<string, string>();
        var regels = new List<Sleutelregel>();
        foreach (var a in Aandelen ?? [])
        {
            Breuk? deel = null;
            if (a.Deel is { } tekst && !Breuk.TryLees(tekst, out var b))
                fouten[$"aandelen.{a.Gemeente}"] = $"'{tekst}' is geen deel. Schrijf een breuk zoals 1/7 of een percentage zoals 14,5%.";
            else if (a.Deel is not null && Breuk.TryLees(a.Deel, out var gelezen))
                deel = gelezen;
            regels.Add(new Sleutelregel(new GemeenteId(a.Gemeente ?? ""), deel, a.VastPerJaar));
        }
        var waarde = (Contractwaarde ?? []).ToList();
        return (fouten.Count > 0 ? null : new Verdeling(waarde.Select(w => w.Jaar).ToList(), waarde.Select(w => w.Bedrag).ToList(), regels), fouten);
    }
}

/// <summary>One gemeente's key: <c>deel</c> (1/7, 14,5%) or <c>vastPerJaar</c> (whole euros), not both.</summary>
public sealed record SleutelRequest([property: IdVeld] string? Gemeente, string? Deel, long? VastPerJaar);

public sealed record VerdelingView(string? TrajectId, int Perceel, string PerceelNaam, bool Vastgelegd, IReadOnlyList<JaarBedrag> Contractwaarde,
    IReadOnlyList<VerdeeldAandeelView> Aandelen, IReadOnlyList<JaarBedrag> Som)
{
    public static VerdelingView From(Traject? traject, VerdelingVanPerceel p)
    {
        var jaren = p.Verdeling?.Jaren ?? [];
        return new(traject?.Id.Value, p.Perceel.Nummer, p.Perceel.Naam, p.Verdeling is not null,
            jaren.Select((j, i) => new JaarBedrag(j, p.Verdeling!.Contractwaarde[i])).ToList(),
            p.Aandelen.Select(a => VerdeeldAandeelView.From(a, p.Verdeling!)).ToList(),
            jaren.Select((j, i) => new JaarBedrag(j, p.Aandelen.Sum(a => a.Bedragen[i]))).ToList());
    }
}

public sealed record VerdeeldAandeelView(string Gemeente, string? Deel, long? VastPerJaar, IReadOnlyList<JaarBedrag> Bedragen, IReadOnlyList<JaarBedrag> Afronding)
{
    public static VerdeeldAandeelView From(Aandeel a, Verdeling v)
    {
        var regel = v.Sleutel.First(s => s.Gemeente == a.Gemeente);
        return new(a.Gemeente.Value, regel.Fractie?.ToString(), regel.VastPerJaar,
            v.Jaren.Select((j, i) => new JaarBedrag(j, a.Bedragen[i])).ToList(), v.Jaren.Select((j, i) => new JaarBedrag(j, a.Afronding[i])).ToList());
    }
}
