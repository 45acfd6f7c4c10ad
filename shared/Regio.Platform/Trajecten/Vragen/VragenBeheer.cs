using Azure;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Vragen;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Vragen;

/// <summary>
/// The Nota van Inlichtingen: aanbieders ask, the traject's owner answers and publishes all answers at once. Who may do
/// what comes from <see cref="AccessPolicy"/>; the rules from <see cref="Vragenregels"/>; every change is written with its
/// audit event in the traject's partition. Audit events name the actor as every event does, and never copy who asked
/// into a nota.
/// </summary>
public sealed class VragenBeheer(TrajectPoort poort, VraagStore store, TimeProvider time)
{
    private const int Attempts = 5;

    public async Task<Uitkomst<Vragenoverzicht>> OverzichtAsync(Actor actor, TrajectId id, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, Actie.TrajectBekijken, "vragen bekijken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<Vragenoverzicht>();
        }
        var traject = open.Traject;
        var (vragen, notas) = await store.ListAsync(traject.Eigenaar, id, ct).ConfigureAwait(false);
        var vandaag = open.Peildatum;
        var eigenaar = AccessPolicy.Beslis(actor, Actie.VragenInzien, traject, vandaag) is Besluit.Toegestaan;
        var aanbieder = AccessPolicy.Beslis(actor, Actie.VraagStellen, traject, vandaag) is Besluit.Toegestaan t ? t.Scope.Organisatie : (OrganisatieId?)null;
        return new Vragenoverzicht(
            traject,
            GepubliceerdeNota.Samenstellen(notas, vragen.Select(v => v.Vraag)),
            eigenaar ? vragen : [],
            aanbieder is { } eigen ? vragen.Where(v => v.Vraag.Vragensteller.Organisatie == eigen).Select(v => EigenVraag.Van(v.Vraag)).ToList() : [],
            aanbieder is not null,
            AccessPolicy.Beslis(actor, Actie.VraagBeantwoorden, traject, vandaag) is Besluit.Toegestaan);
    }

    public async Task<Uitkomst<EigenVraag>> StelAsync(Actor actor, TrajectId id, int? perceel, string? tekst, CancellationToken ct)
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
                    var audit = Event(actor, "Vraag gesteld", id, null, Json.Write(new { vraag.Nummer, vraag.Perceel, vraag.Tekst }));
                    if (await store.AddAsync(traject.Eigenaar, id, vraag, audit, ct).ConfigureAwait(false) is not null)
                    {
                        return EigenVraag.Van(vraag);
                    }
                    break;
            }
        }
        return new Uitkomst<EigenVraag>.Conflict("Er werden tegelijk veel vragen gesteld. Uw vraag is niet opgeslagen; probeer het nog eens.");
    }

    public async Task<Uitkomst<VraagVersie>> BeantwoordAsync(Actor actor, TrajectId id, int nummer, string? tekst, ETag expected, CancellationToken ct)
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
                var audit = Event(actor, "Vraag beantwoord", id,
                    gelezen.Vraag.Antwoord is { } oud ? Json.Write(new { vraag.Nummer, Antwoord = oud.Tekst }) : null,
                    Json.Write(new { vraag.Nummer, Antwoord = vraag.Antwoord!.Tekst }));
                return await store.SaveAsync(traject.Eigenaar, id, vraag, expected, audit, ct).ConfigureAwait(false) is { } etag
                    ? new VraagVersie(vraag, etag)
                    : new Uitkomst<VraagVersie>.Conflict("Iemand anders heeft deze vraag intussen beantwoord of gepubliceerd. Lees haar opnieuw en probeer het nog eens.", Verouderd: true);
            default:
                throw new InvalidOperationException("Onbekende uitkomst van Vragenregels.Beantwoord.");
        }
    }

    /// <summary>Publishes every answered question that is not yet published, at one server time, in one transaction.</summary>
    public async Task<Uitkomst<GepubliceerdeNota>> PubliceerAsync(Actor actor, TrajectId id, CancellationToken ct)
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
        var etags = vragen.ToDictionary(v => v.Vraag.Nummer, v => v.ETag);
        var audit = Event(actor, $"Nota van Inlichtingen {nota.Nummer} gepubliceerd", id, null, Json.Write(nota));
        if (!await store.PubliceerAsync(traject.Eigenaar, id, nota, gepubliceerd.Select(v => (v, etags[v.Nummer])).ToList(), audit, ct).ConfigureAwait(false))
        {
            return new Uitkomst<GepubliceerdeNota>.Conflict(
                "Intussen is een antwoord gewijzigd of een andere Nota van Inlichtingen gepubliceerd. Bekijk de vragen opnieuw en publiceer dan.", Verouderd: true);
        }
        return GepubliceerdeNota.Samenstellen([nota], gepubliceerd)[0];
    }

    private AuditEvent Event(Actor actor, string actie, TrajectId id, string? voor, string? na) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, $"traject:{id}", voor, na);
}
