using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Toelatingen;
using Regio.Platform.Aanbieders;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Toelatingen;

/// <summary>An aanbieder (or its combinatie) applies for admission to a perceel of an open house, answering its eisen.</summary>
public sealed class Toelatingsaanvraag(ToelatingPoort poort, ToelatingStore store, Inschrijvers inschrijvers, TimeProvider time)
{
    private const int Attempts = 5;

    public async Task<Uitkomst<AanvraagVersie>> ApplyAsync(Actor actor, TrajectId id, int perceel, IReadOnlyList<EisAntwoord>? antwoorden, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.ToelatingAanvragen, "toelating aanvragen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
            return toegang.RefusalAs<AanvraagVersie>();
        var traject = open.Traject;
        if (Toelatingsregels.Open(traject.Procedure, traject.Percelen.Single(p => p.Nummer == perceel), time.Vandaag()) is { } dicht)
            return dicht;
        if (await inschrijvers.GetAsync(actor, id, perceel, ct).ConfigureAwait(false) is not { } inschrijver)
            return new Uitkomst<AanvraagVersie>.Geweigerd("Alleen medewerkers van een aanbieder kunnen toelating aanvragen.");
        var partitie = TrajectStore.PartitionKey(traject.Eigenaar);
        // The next number is read, then claimed by adding its row; whoever loses that race reads again.
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var alle = await store.ListAsync(partitie, id, ct).ConfigureAwait(false);
            var nummer = alle.Where(a => a.Aanvraag.Perceel == perceel).Select(a => a.Aanvraag.Nummer).DefaultIfEmpty(0).Max() + 1;
            var uitkomst = Toelatingsregels.VraagAan(nummer, perceel, inschrijver.Sleutel, inschrijver.Naam, antwoorden,
                alle.Select(a => a.Aanvraag), time.GetUtcNow(), actor.Naam);
            if (uitkomst is not ToelatingUitkomst<Aanvraag>.Toegestaan { Waarde: var aanvraag })
                return ((ToelatingUitkomst<Aanvraag>.Geweigerd)uitkomst).Weigering;
            var audit = ToelatingPoort.Event(time, actor, $"Toelating aangevraagd voor perceel {perceel}", id, null,
                Json.Write(new { aanvraag.Perceel, aanvraag.Nummer, aanvraag.Aanvrager, aanvraag.AanvragerNaam, eisen = aanvraag.Antwoorden.Count }));
            if (await store.AddAsync(partitie, id, aanvraag, audit, ct).ConfigureAwait(false) is { } etag)
                return new AanvraagVersie(aanvraag, Versie.Enkel(etag));
        }
        return new Uitkomst<AanvraagVersie>.Conflict("Er werden tegelijk veel aanvragen ingediend. Uw aanvraag is niet opgeslagen; probeer het nog eens.");
    }
}
