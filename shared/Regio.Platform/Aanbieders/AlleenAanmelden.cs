using Regio.Domain.Aanbieders;
using Regio.Domain.Trajecten;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;
using static Regio.Platform.Aanbieders.Aanmeldinvoer;

namespace Regio.Platform.Aanbieders;

/// <summary>An aanbieder registers alone for a published perceel, with its statements (the UEA is required); rules: <see cref="Aanmeldregels"/>.</summary>
public sealed class AlleenAanmelden(Aanmeldpoort poort, AanmeldingStore store, TimeProvider time)
{
    public async Task<Uitkomst<Aanmelding>> RegisterAsync(Actor actor, TrajectId id, int nummer, Verklaringsinvoer invoer, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, nummer, "alleen aanmelden", ct).ConfigureAwait(false);
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
                var audit = Event(time, actor, $"Alleen aangemeld voor perceel {nummer}", id, null, Json.Write(aanmelding));
                return await store.AddAanmeldingAsync(aanmelding, audit, ct).ConfigureAwait(false)
                    ? aanmelding
                    : (Uitkomst<Aanmelding>)new AanmeldWeigering.AlAangemeld("zojuist, in een ander verzoek");
            default:
                throw new InvalidOperationException("Onbekende uitkomst van Aanmeldregels.MeldAlleenAan.");
        }
    }
}
