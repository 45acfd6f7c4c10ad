using Regio.Domain.Aanbieders;
using Regio.Domain.Trajecten;
using Regio.Platform.Organisaties;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Aanbieders;

/// <summary>
/// Registering for a perceel, alone or as a combinatie. Who may do what comes from <see cref="AccessPolicy"/>; the rules
/// from <see cref="Aanmeldregels"/>; each change is written with its audit event in the perceel's partition.
/// </summary>
public sealed partial class AanmeldingenBeheer(
    TrajectStore trajecten, TrajectPoort poort, AanmeldingStore store, OrganisatieStore organisaties, TrajectBeheer trajectBeheer, Toegangspoort toegangspoort, TimeProvider time)
{

    public async Task<Uitkomst<Perceelbeeld>> PerceelAsync(Actor actor, TrajectId id, int nummer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var vandaag = time.Vandaag();
        var traject = (await trajecten.GetAsync(id, ct).ConfigureAwait(false))?.Traject;
        var perceel = traject?.Percelen.FirstOrDefault(p => p.Nummer == nummer);
        var alsAanbieder = traject is null ? null : AccessPolicy.BeslisAanmelding(actor, Actie.Aanmelden, traject, vandaag) as Besluit.Toegestaan;
        var besluit = alsAanbieder ?? (traject is null ? new Besluit.NietGevonden() : AccessPolicy.BeslisAanmelding(actor, Actie.AanmeldingenInzien, traject, vandaag));
        if (perceel is null || besluit is not Besluit.Toegestaan)
        {
            return await toegangspoort.WeigerAsync<Perceelbeeld>(actor, $"traject:{id} perceel {nummer} aanmeldingen bekijken", perceel is null ? new Besluit.NietGevonden() : besluit, ct).ConfigureAwait(false);
        }
        var gelezen = await store.LeesAsync(id, nummer, ct).ConfigureAwait(false);
        var dicht = Aanmeldregels.Open(perceel, vandaag);
        if (alsAanbieder is { } a)
        {
            var eigen = a.Scope.Organisatie;
            return new Perceelbeeld(traject!, perceel, dicht, eigen, gelezen.Aanmeldingen.FirstOrDefault(m => m.Aanbieder == eigen),
                gelezen.Combinaties.Where(c => c.Combinatie.IsBetrokken(eigen)).ToList(), false, [], []);
        }
        return new Perceelbeeld(traject!, perceel, dicht, null, null, [], true,
            gelezen.Aanmeldingen.Where(m => m.IsAlleen).ToList(), gelezen.Combinaties.Select(c => c.Combinatie).ToList());
    }

    public async Task<Uitkomst<Aanmelding>> MeldAanAsync(Actor actor, TrajectId id, int nummer, Verklaringsinvoer invoer, CancellationToken ct)
    {
        var toegang = await OpenAanmeldingAsync(actor, id, nummer, "alleen aanmelden", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var context))
            return toegang.RefusalAs<Aanmelding>();
        var (perceel, bestaand) = context;
        var nu = time.GetUtcNow();
        if (Verklaar<Aanmelding>(invoer, actor, nu, out var verklaringen) is { } fout)
        {
            return fout;
        }
        switch (Aanmeldregels.MeldAlleenAan(id, perceel, time.Vandaag(), actor.Organisatie!, verklaringen, bestaand, nu, actor.Naam))
        {
            case AanmeldUitkomst<Aanmelding>.Geweigerd g:
                return g.Weigering;
            case AanmeldUitkomst<Aanmelding>.Toegestaan { Waarde: var aanmelding }:
                var audit = Event(actor, $"Alleen aangemeld voor perceel {nummer}", id, null, Json.Write(aanmelding));
                return await store.MeldAanAsync(aanmelding, audit, ct).ConfigureAwait(false)
                    ? aanmelding
                    : (Uitkomst<Aanmelding>)new AanmeldWeigering.AlAangemeld("zojuist, in een ander verzoek");
            default:
                throw new InvalidOperationException("Onbekende uitkomst van Aanmeldregels.MeldAlleenAan.");
        }
    }

    /// <summary>Starts a combinatie with the actor's organisation as penvoerder and invites <paramref name="leden"/> in the same step.</summary>
    public async Task<Uitkomst<Combinatiebeeld>> RichtOpAsync(
        Actor actor, TrajectId id, int nummer, string? naam, IReadOnlyList<string> leden, Verklaringsinvoer invoer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(leden);
        var toegang = await OpenAanmeldingAsync(actor, id, nummer, "combinatie oprichten", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var context))
            return toegang.RefusalAs<Combinatiebeeld>();
        var (perceel, bestaand) = context;
        var nu = time.GetUtcNow();
        var vandaag = time.Vandaag();
        if (Verklaar<Combinatiebeeld>(invoer, actor, nu, out var verklaringen) is { } fout)
        {
            return fout;
        }
        var opgericht = Aanmeldregels.RichtOp(NieuwId(), naam, id, perceel, vandaag, actor.Organisatie!, verklaringen, bestaand, nu, actor.Naam);
        if (opgericht is AanmeldUitkomst<(Combinatie, Aanmelding)>.Geweigerd g)
        {
            return g.Weigering;
        }
        var (combinatie, aanmelding) = ((AanmeldUitkomst<(Combinatie Combinatie, Aanmelding Aanmelding)>.Toegestaan)opgericht).Waarde;
        foreach (var lid in leden.Where(l => !string.IsNullOrWhiteSpace(l)).Distinct())
        {
            var genodigde = Domain.Organisaties.OrganisatieId.IsValid(lid) ? await organisaties.GetAsync(new(lid), ct).ConfigureAwait(false) : null;
            switch (Aanmeldregels.NodigUit(combinatie, perceel, vandaag, combinatie.Penvoerder, genodigde, nu))
            {
                case AanmeldUitkomst<Combinatie>.Geweigerd uitnodiging:
                    return uitnodiging.Weigering;
                case AanmeldUitkomst<Combinatie>.Toegestaan { Waarde: var metLid }:
                    combinatie = metLid;
                    break;
            }
        }
        var audit = Event(actor, $"Combinatie '{combinatie.Naam}' opgericht voor perceel {nummer}", id, null, Json.Write(combinatie));
        return await store.RichtOpAsync(combinatie, aanmelding, audit, ct).ConfigureAwait(false) is (Schrijfuitkomst.Gelukt, var etag)
            ? new Combinatiebeeld(combinatie, etag, (await trajecten.GetAsync(id, ct).ConfigureAwait(false))!.Value.Traject, combinatie.Penvoerder)
            : (Uitkomst<Combinatiebeeld>)new AanmeldWeigering.AlAangemeld("zojuist, in een ander verzoek");
    }

    private sealed record Aanmeldcontext(Perceel Perceel, Aanmelding? Bestaand);

    /// <summary>The perceel and the actor's own aanmelding on it, once the policy lets the actor register there.</summary>
    private async Task<Uitkomst<Aanmeldcontext>> OpenAanmeldingAsync(Actor actor, TrajectId id, int nummer, string wat, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var toegang = await poort.OpenAsync(
            actor, id, $"perceel {nummer} {wat}",
            t => t.Traject.Percelen.Any(p => p.Nummer == nummer)
                ? AccessPolicy.BeslisAanmelding(actor, Actie.Aanmelden, t.Traject, t.Peildatum)
                : new Besluit.NietGevonden(),
            (t, scope) => (Perceel: t.Traject.Percelen.First(p => p.Nummer == nummer), scope.Organisatie),
            ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<Aanmeldcontext>();
        }
        return new Aanmeldcontext(open.Perceel, await store.GetAanmeldingAsync(id, nummer, open.Organisatie, ct).ConfigureAwait(false));
    }
}
