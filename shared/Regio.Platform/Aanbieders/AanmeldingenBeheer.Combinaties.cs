using Azure;
using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Aanbieders;

/// <summary>
/// A combinatie after it was started: its members see it, the penvoerder invites and takes out, each member answers
/// for itself. Without an ETag a change is applied to the combinatie as it is then (each is one member's own intent);
/// with one, a combinatie that changed meanwhile is refused as stale.
/// </summary>
public sealed partial class AanmeldingenBeheer
{
    private const int Attempts = 5;

    /// <summary>One change: the combinatie after it, a member's registration to add or to remove, and the audit text.</summary>
    private sealed record Wijziging(Combinatie Combinatie, Aanmelding? Bevestigd, OrganisatieId? Verwijderd, string Actie);

    private sealed record Stand(Combinatie Combinatie, Perceel Perceel, DateOnly Vandaag, DateTimeOffset Nu, OrganisatieId Eigen, Aanmelding? EigenAanmelding);

    public async Task<Uitkomst<Combinatiebeeld>> BekijkAsync(Actor actor, string id, CancellationToken ct)
    {
        var toegang = await OpenCombinatieAsync(actor, id, Actie.CombinatieBekijken, "bekijken", ct).ConfigureAwait(false);
        return toegang.TryGet(out var gelezen)
            ? new Combinatiebeeld(gelezen.Versie.Combinatie, gelezen.Versie.ETag, gelezen.Traject, gelezen.Eigen)
            : toegang.RefusalAs<Combinatiebeeld>();
    }

    public async Task<Uitkomst<Combinatiebeeld>> NodigUitAsync(Actor actor, string id, string? organisatie, ETag? expected, CancellationToken ct)
    {
        var genodigde = OrganisatieId.IsValid(organisatie) ? await organisaties.GetAsync(new(organisatie!), ct).ConfigureAwait(false) : null;
        return await WijzigAsync(actor, id, Actie.CombinatieBeheren, "lid uitnodigen", expected, s =>
            Aanmeldregels.NodigUit(s.Combinatie, s.Perceel, s.Vandaag, s.Eigen, genodigde, s.Nu) switch
            {
                AanmeldUitkomst<Combinatie>.Toegestaan t => new Wijziging(t.Waarde, null, null, $"{genodigde!.Naam} uitgenodigd in combinatie '{t.Waarde.Naam}'"),
                AanmeldUitkomst<Combinatie>.Geweigerd g => g.Weigering,
                _ => throw new InvalidOperationException(),
            }, ct).ConfigureAwait(false);
    }

    public async Task<Uitkomst<Combinatiebeeld>> BevestigAsync(Actor actor, string id, Verklaringsinvoer invoer, ETag? expected, CancellationToken ct)
    {
        if (Verklaar<Combinatiebeeld>(invoer, actor, time.GetUtcNow(), out var verklaringen) is { } fout)
        {
            return fout;
        }
        return await WijzigAsync(actor, id, Actie.CombinatieBeantwoorden, "deelname bevestigen", expected, s =>
            Aanmeldregels.Bevestig(s.Combinatie, s.Perceel, s.Vandaag, s.Eigen, verklaringen, s.EigenAanmelding, s.Nu, actor.Naam) switch
            {
                AanmeldUitkomst<(Combinatie, Aanmelding)>.Toegestaan { Waarde: var (c, a) } => new Wijziging(c, a, null, $"Deelname aan combinatie '{c.Naam}' bevestigd"),
                AanmeldUitkomst<(Combinatie, Aanmelding)>.Geweigerd g => g.Weigering,
                _ => throw new InvalidOperationException(),
            }, ct).ConfigureAwait(false);
    }

    public Task<Uitkomst<Combinatiebeeld>> WijsAfAsync(Actor actor, string id, ETag? expected, CancellationToken ct) =>
        WijzigAsync(actor, id, Actie.CombinatieBeantwoorden, "uitnodiging afwijzen", expected, s =>
            Aanmeldregels.WijsAf(s.Combinatie, s.Eigen, s.Nu) switch
            {
                AanmeldUitkomst<Combinatie>.Toegestaan t => new Wijziging(t.Waarde, null, null, $"Uitnodiging voor combinatie '{t.Waarde.Naam}' afgewezen"),
                AanmeldUitkomst<Combinatie>.Geweigerd g => g.Weigering,
                _ => throw new InvalidOperationException(),
            }, ct);

    public async Task<Uitkomst<Combinatiebeeld>> VerklaarAsync(Actor actor, string id, Verklaringsinvoer invoer, ETag? expected, CancellationToken ct)
    {
        if (Verklaar<Combinatiebeeld>(invoer, actor, time.GetUtcNow(), out var verklaringen) is { } fout)
        {
            return fout;
        }
        return await WijzigAsync(actor, id, Actie.CombinatieBeantwoorden, "verklaringen afgeven", expected, s =>
            Aanmeldregels.Verklaar(s.Combinatie, s.Eigen, verklaringen) switch
            {
                AanmeldUitkomst<Combinatie>.Toegestaan t => new Wijziging(t.Waarde, null, null,
                    $"Verklaringen afgegeven in combinatie '{t.Waarde.Naam}': {string.Join(", ", verklaringen.Select(v => v.Soort.Kort()))}"),
                AanmeldUitkomst<Combinatie>.Geweigerd g => g.Weigering,
                _ => throw new InvalidOperationException(),
            }, ct).ConfigureAwait(false);
    }

    public Task<Uitkomst<Combinatiebeeld>> VerwijderLidAsync(Actor actor, string id, string organisatie, ETag? expected, CancellationToken ct) =>
        WijzigAsync(actor, id, Actie.CombinatieBeheren, "lid verwijderen", expected, s =>
        {
            var lid = OrganisatieId.IsValid(organisatie) ? s.Combinatie.LidVan(new(organisatie)) : null;
            return Aanmeldregels.VerwijderLid(s.Combinatie, s.Eigen, lid?.Organisatie ?? new("-")) switch
            {
                AanmeldUitkomst<Combinatie>.Toegestaan t => new Wijziging(t.Waarde, null, lid!.Status == Lidstatus.Bevestigd ? lid.Organisatie : null,
                    $"{lid.Naam} uit combinatie '{t.Waarde.Naam}' gehaald"),
                AanmeldUitkomst<Combinatie>.Geweigerd g => g.Weigering,
                _ => throw new InvalidOperationException(),
            };
        }, ct);

    private async Task<Uitkomst<Combinatiebeeld>> WijzigAsync(
        Actor actor, string id, Actie actie, string wat, ETag? expected, Func<Stand, AanmeldUitkomst<Wijziging>> regel, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var toegang = await OpenCombinatieAsync(actor, id, actie, wat, ct).ConfigureAwait(false);
            if (!toegang.TryGet(out var gelezen))
            {
                return toegang.RefusalAs<Combinatiebeeld>();
            }
            var (versie, traject, eigen) = gelezen;
            var combinatie = versie.Combinatie;
            if (expected is { } verwacht && verwacht != versie.ETag)
            {
                return Verouderd();
            }
            var perceel = traject.Percelen.First(p => p.Nummer == combinatie.Perceel);
            var bestaand = await store.GetAanmeldingAsync(combinatie.Traject, combinatie.Perceel, eigen, ct).ConfigureAwait(false);
            var stand = new Stand(combinatie, perceel, time.Vandaag(), time.GetUtcNow(), eigen, bestaand);
            var uitkomst = regel(stand);
            if (uitkomst is AanmeldUitkomst<Wijziging>.Geweigerd g)
            {
                return g.Weigering;
            }
            var wijziging = ((AanmeldUitkomst<Wijziging>.Toegestaan)uitkomst).Waarde;
            var audit = Event(actor, wijziging.Actie, combinatie.Traject, Json.Write(combinatie), Json.Write(wijziging.Combinatie));
            switch (await store.WijzigAsync(wijziging.Combinatie, versie.ETag, wijziging.Bevestigd, wijziging.Verwijderd, audit, ct).ConfigureAwait(false))
            {
                case (Schrijfuitkomst.Gelukt, var etag):
                    return new Combinatiebeeld(wijziging.Combinatie, etag, traject, eigen);
                case (Schrijfuitkomst.AlAangemeld, _):
                    return new AanmeldWeigering.AlAangemeld("zojuist, in een ander verzoek");
                case (Schrijfuitkomst.Verouderd, _) when expected is not null || attempt >= Attempts:
                    return Verouderd();
            }
        }
    }

    private sealed record Combinatiestand(CombinatieVersie Versie, Traject Traject);

    /// <summary>The combinatie, its traject and for which organisation the actor acts, once the policy allows <paramref name="actie"/>.</summary>
    private Task<Uitkomst<(CombinatieVersie Versie, Traject Traject, OrganisatieId Eigen)>> OpenCombinatieAsync(
        Actor actor, string id, Actie actie, string wat, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return toegangspoort.OpenAsync(
            actor, $"combinatie:{id} {wat}",
            async () => CombinatieId.IsValid(id)
                && await store.GetCombinatieAsync(new CombinatieId(id), ct).ConfigureAwait(false) is { } versie
                && await trajecten.GetAsync(versie.Combinatie.Traject, ct).ConfigureAwait(false) is { } gelezen
                    ? new Combinatiestand(versie, gelezen.Traject)
                    : null,
            stand => AccessPolicy.BeslisAanmelding(actor, actie, stand.Traject, time.Vandaag(), stand.Versie.Combinatie),
            (stand, scope) => (stand.Versie, stand.Traject, scope.Organisatie),
            ct);
    }

    private static Uitkomst<Combinatiebeeld>.Conflict Verouderd() =>
        new("De combinatie is intussen gewijzigd. Bekijk haar opnieuw en probeer het nog eens.", Verouderd: true);
}
