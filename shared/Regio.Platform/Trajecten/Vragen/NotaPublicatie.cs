using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Vragen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using static Regio.Platform.Trajecten.Vragen.Vraagwijziging;

namespace Regio.Platform.Trajecten.Vragen;

/// <summary>
/// The owner publishes every answered question that is not yet published as a Nota van Inlichtingen, at one server
/// time, in one transaction: every aanbieder sees either none or all of its answers.
/// </summary>
public sealed class NotaPublicatie(TrajectPoort poort, VraagStore store, TimeProvider time)
{
    public async Task<Uitkomst<GepubliceerdeNota>> PublishAsync(Actor actor, TrajectId id, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, Actie.VraagBeantwoorden, "nota van inlichtingen publiceren", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<GepubliceerdeNota>();
        }
        var traject = open.Traject;
        var (vragen, notas) = await store.ListAsync(traject.Eigenaar, id, ct).ConfigureAwait(false);
        var uitkomst = Vragenregels.Publiceer(vragen.Select(v => v.Vraag).ToList(), notas, time.GetUtcNow());
        if (uitkomst is VraagUitkomst<(NotaVanInlichtingen, IReadOnlyList<Vraag>)>.Geweigerd g)
        {
            return g.Weigering;
        }
        var (nota, gepubliceerd) = ((VraagUitkomst<(NotaVanInlichtingen, IReadOnlyList<Vraag>)>.Toegestaan)uitkomst).Waarde;
        var versies = vragen.ToDictionary(v => v.Vraag.Nummer, v => v.Versie);
        var audit = Event(time, actor, $"Nota van Inlichtingen {nota.Nummer} gepubliceerd", id, null, Json.Write(nota));
        if (!await store.PublishAsync(traject.Eigenaar, id, nota, gepubliceerd.Select(v => new VraagVersie(v, versies[v.Nummer])).ToList(), audit, ct).ConfigureAwait(false))
        {
            return new Uitkomst<GepubliceerdeNota>.Conflict(
                "Intussen is een antwoord gewijzigd of een andere Nota van Inlichtingen gepubliceerd. Bekijk de vragen opnieuw en publiceer dan.", Verouderd: true);
        }
        return GepubliceerdeNota.Samenstellen([nota], gepubliceerd)[0];
    }
}
