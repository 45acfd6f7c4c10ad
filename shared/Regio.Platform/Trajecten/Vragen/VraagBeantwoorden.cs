using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Vragen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using static Regio.Platform.Trajecten.Vragen.Vraagwijziging;

namespace Regio.Platform.Trajecten.Vragen;

/// <summary>
/// The owner answers a question, or rewrites the answer until it is published, against the version it read: nobody
/// overwrites an answer they did not see.
/// </summary>
public sealed class VraagBeantwoorden(TrajectPoort poort, VraagStore store, TimeProvider time)
{
    private const string AlGewijzigd = "Iemand anders heeft deze vraag intussen beantwoord of gepubliceerd. Lees haar opnieuw en probeer het nog eens.";

    public async Task<Uitkomst<VraagVersie>> AnswerAsync(Actor actor, TrajectId id, int nummer, string? tekst, Versie gelezenVersie, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, Actie.VraagBeantwoorden, $"vraag {nummer} beantwoorden", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<VraagVersie>();
        }
        var traject = open.Traject;
        if (await store.GetAsync(traject.Eigenaar, id, nummer, ct).ConfigureAwait(false) is not { } gelezen)
        {
            return new Uitkomst<VraagVersie>.NietGevonden();
        }
        switch (Vragenregels.Beantwoord(gelezen.Vraag, tekst, time.GetUtcNow(), actor.Naam))
        {
            case VraagUitkomst<Vraag>.Geweigerd g:
                return g.Weigering;
            case VraagUitkomst<Vraag>.Toegestaan { Waarde: var vraag }:
                var audit = Event(time, actor, "Vraag beantwoord", id,
                    gelezen.Vraag.Antwoord is { } oud ? Json.Write(new { vraag.Nummer, Antwoord = oud.Tekst }) : null,
                    Json.Write(new { vraag.Nummer, Antwoord = vraag.Antwoord!.Tekst }));
                // A version that is not one of ours is as stale as an old one.
                return gelezenVersie.EnkeleETag is { } expected
                    && await store.SaveAsync(traject.Eigenaar, id, vraag, expected, audit, ct).ConfigureAwait(false) is { } etag
                    ? new VraagVersie(vraag, Versie.Enkel(etag))
                    : new Uitkomst<VraagVersie>.Conflict(AlGewijzigd, Verouderd: true);
            default:
                throw new InvalidOperationException("Onbekende uitkomst van Vragenregels.Beantwoord.");
        }
    }
}
