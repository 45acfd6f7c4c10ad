using Regio.Domain.Aanbieders;
using Regio.Domain.Trajecten;
using Regio.Platform.Organisaties;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;
using static Regio.Platform.Aanbieders.Aanmeldinvoer;

namespace Regio.Platform.Aanbieders;

/// <summary>An aanbieder starts a combinatie for a perceel as its penvoerder, and invites the other members in the same step.</summary>
public sealed class CombinatieOprichten(Aanmeldpoort poort, AanmeldingStore store, OrganisatieStore organisaties, TrajectStore trajecten, TimeProvider time)
{
    public async Task<Uitkomst<Combinatiebeeld>> CreateAsync(
        Actor actor, TrajectId id, int nummer, string? naam, IReadOnlyList<string> leden, Verklaringsinvoer invoer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(leden);
        var toegang = await poort.OpenAsync(actor, id, nummer, "combinatie oprichten", ct).ConfigureAwait(false);
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
        var audit = Event(time, actor, $"Combinatie '{combinatie.Naam}' opgericht voor perceel {nummer}", id, null, Json.Write(combinatie));
        return await store.AddCombinatieAsync(combinatie, aanmelding, audit, ct).ConfigureAwait(false) is (Schrijfuitkomst.Gelukt, var etag)
            ? new Combinatiebeeld(combinatie, Versie.Enkel(etag), (await trajecten.GetAsync(id, ct).ConfigureAwait(false))!.Value.Traject, combinatie.Penvoerder)
            : (Uitkomst<Combinatiebeeld>)new AanmeldWeigering.AlAangemeld("zojuist, in een ander verzoek");
    }
}
