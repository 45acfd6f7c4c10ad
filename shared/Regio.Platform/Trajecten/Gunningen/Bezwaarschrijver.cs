using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Toegang;
using static Regio.Platform.Trajecten.Gunningen.Gunningwijziging;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>
/// Writes a change to the bezwaren in the perceel's dossier, where the definitive award's gate reads them: one traject
/// row with its audit event, decided again on a fresh read when the traject changed meanwhile.
/// </summary>
public sealed class Bezwaarschrijver(GunningPoort poort, GunningStore store, TimeProvider time)
{
    /// <param name="regel">The dossier's rule for the change; <see cref="GunningWeigering.OnbekendBezwaar"/> answers not found.</param>
    /// <param name="nummer">The number of the changed bezwaar in the new dossier.</param>
    /// <param name="audit">The audit event's text and after-image for the changed bezwaar.</param>
    internal async Task<Uitkomst<GenummerdBezwaar>> SaveAsync(Actor actor, TrajectId id, int perceel, Actie actie, string wat,
        Func<Gunningscontext, GunningUitkomst<Dossier>> regel, Func<Dossier, int> nummer, Func<Bezwaar, (string Actie, string Na)> audit, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var open = await poort.OpenAsync(actor, id, perceel, [actie], wat, ct).ConfigureAwait(false);
            if (!open.TryGet(out var c))
                return open.RefusalAs<GenummerdBezwaar>();
            var uitkomst = regel(c);
            if (uitkomst is GunningUitkomst<Dossier>.Geweigerd { Weigering: GunningWeigering.OnbekendBezwaar })
                return new Uitkomst<GenummerdBezwaar>.NietGevonden();
            if (uitkomst is not GunningUitkomst<Dossier>.Toegestaan { Waarde: var dossier })
                return ((GunningUitkomst<Dossier>.Geweigerd)uitkomst).Weigering;
            var n = nummer(dossier);
            var bezwaar = dossier.Bezwaren[n - 1];
            var traject = c.Traject with { Percelen = c.Traject.Percelen.Select(p => p.Nummer == perceel ? p with { Dossier = dossier } : p).ToList() };
            var (tekst, na) = audit(bezwaar);
            var geschreven = await store.SaveAsync(traject, TrajectStore.Vervang(c.Traject, c.TrajectVersie, traject), Event(time, actor, tekst, id, null, na), ct).ConfigureAwait(false);
            if (geschreven.ETags is not null)
                return new GenummerdBezwaar(n, bezwaar, bezwaar.Ingediend <= c.Vandaag && !(bezwaar.Uitspraak <= c.Vandaag));
        }
        return new Uitkomst<GenummerdBezwaar>.Conflict(Tegelijk);
    }
}
