using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Vragen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using static Regio.Platform.Trajecten.Vragen.Vraagwijziging;

namespace Regio.Platform.Trajecten.Vragen;

/// <summary>An aanbieder asks a question about a published traject; it gets the next number of the traject's questions.</summary>
public sealed class Vraagstelling(TrajectPoort poort, VraagStore store, TimeProvider time)
{
    private const int Attempts = 5;

    public async Task<Uitkomst<EigenVraag>> AskAsync(Actor actor, TrajectId id, int? perceel, string? tekst, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, Actie.VraagStellen, "vraag stellen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<EigenVraag>();
        }
        var traject = open.Traject;
        var steller = new Vragensteller(actor.Organisatie!.Id, actor.Organisatie.Naam, actor.Naam);
        var percelen = traject.Percelen.Select(p => p.Nummer).ToList();
        // The next number is read, then claimed by adding its row; whoever loses that race reads again.
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var (vragen, _) = await store.ListAsync(traject.Eigenaar, id, ct).ConfigureAwait(false);
            var nummer = vragen.Select(v => v.Vraag.Nummer).DefaultIfEmpty(0).Max() + 1;
            switch (Vragenregels.Stel(nummer, perceel, tekst, percelen, time.GetUtcNow(), steller))
            {
                case VraagUitkomst<Vraag>.Geweigerd g:
                    return g.Weigering;
                case VraagUitkomst<Vraag>.Toegestaan { Waarde: var vraag }:
                    var audit = Event(time, actor, "Vraag gesteld", id, null, Json.Write(new { vraag.Nummer, vraag.Perceel, vraag.Tekst }));
                    if (await store.AddAsync(traject.Eigenaar, id, vraag, audit, ct).ConfigureAwait(false) is not null)
                    {
                        return EigenVraag.Van(vraag);
                    }
                    break;
            }
        }
        return new Uitkomst<EigenVraag>.Conflict("Er werden tegelijk veel vragen gesteld. Uw vraag is niet opgeslagen; probeer het nog eens.");
    }
}
