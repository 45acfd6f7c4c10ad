using Azure;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Toelatingen;
using Regio.Platform.Aanbieders;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Toelatingen;

/// <summary>
/// Open house: aanbieders apply per perceel, the owner's inkoper admits or refuses with reasons and records the signed
/// overeenkomst. An admission changes the perceel's dossier (<c>Dossier.Toelatingen</c>) in the same transaction as
/// the aanvraag, so the Gecontracteerd gate reads exactly what was decided.
/// </summary>
public sealed partial class ToelatingenBeheer(TrajectPoort poort, TrajectStore trajecten, ToelatingStore store, Inschrijvers inschrijvers, TimeProvider time)
{
    private const int Attempts = 5;

    public async Task<Uitkomst<Toelatingsoverzicht>> OverzichtAsync(Actor actor, TrajectId id, CancellationToken ct)
    {
        // The owner's people see every aanvraag, an aanbieder its own; a refusal is the one for seeing them all.
        var toegang = await poort.OpenAsync(actor, id, "toelatingen bekijken", t =>
        {
            var inzien = AccessPolicy.BeslisToelating(actor, Actie.ToelatingenInzien, t.Traject, t.Peildatum);
            return inzien is not Besluit.Toegestaan
                && AccessPolicy.BeslisToelating(actor, Actie.ToelatingAanvragen, t.Traject, t.Peildatum) is Besluit.Toegestaan aanvragen
                    ? aanvragen
                    : inzien;
        }, ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
            return toegang.RefusalAs<Toelatingsoverzicht>();
        var (traject, _, vandaag) = open;
        if (traject.Procedure != Procedure.OpenHouse)
            return new ToelatingWeigering.GeenOpenHouse();
        var alle = await store.ListAsync(TrajectStore.PartitionKey(traject.Eigenaar), id, ct).ConfigureAwait(false);
        if (AccessPolicy.BeslisToelating(actor, Actie.ToelatingenInzien, traject, vandaag) is Besluit.Toegestaan)
        {
            var magBeslissen = AccessPolicy.BeslisToelating(actor, Actie.ToelatingBeslissen, traject, vandaag) is Besluit.Toegestaan;
            return new Toelatingsoverzicht(traject, alle, traject.Percelen.Select(p => Toelatingstelling.Tel(p.Nummer, alle.Select(a => a.Aanvraag))).ToList(), magBeslissen, null);
        }
        // An aanbieder acts for itself or its combinatie, which may differ per perceel; it sees the aanvragen of either.
        var sleutels = new HashSet<string>();
        foreach (var p in traject.Percelen)
        {
            if (await inschrijvers.VoorAsync(actor, id, p.Nummer, ct).ConfigureAwait(false) is { } inschrijver)
                sleutels.Add(inschrijver.Sleutel);
        }
        return new Toelatingsoverzicht(traject, alle.Where(a => sleutels.Contains(a.Aanvraag.Aanvrager)).ToList(), [], false, sleutels.FirstOrDefault());
    }

    public async Task<Uitkomst<AanvraagVersie>> VraagAanAsync(Actor actor, TrajectId id, int perceel, IReadOnlyList<EisAntwoord>? antwoorden, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, id, perceel, Actie.ToelatingAanvragen, "toelating aanvragen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
            return toegang.RefusalAs<AanvraagVersie>();
        var traject = open.Traject;
        if (Toelatingsregels.Open(traject.Procedure, traject.Percelen.Single(p => p.Nummer == perceel), time.Vandaag()) is { } dicht)
            return dicht;
        if (await inschrijvers.VoorAsync(actor, id, perceel, ct).ConfigureAwait(false) is not { } inschrijver)
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
            var audit = Event(actor, $"Toelating aangevraagd voor perceel {perceel}", id, null,
                Json.Write(new { aanvraag.Perceel, aanvraag.Nummer, aanvraag.Aanvrager, aanvraag.AanvragerNaam, eisen = aanvraag.Antwoorden.Count }));
            if (await store.AddAsync(partitie, id, aanvraag, audit, ct).ConfigureAwait(false) is { } etag)
                return new AanvraagVersie(aanvraag, etag);
        }
        return new Uitkomst<AanvraagVersie>.Conflict("Er werden tegelijk veel aanvragen ingediend. Uw aanvraag is niet opgeslagen; probeer het nog eens.");
    }

    public Task<Uitkomst<AanvraagVersie>> BeslisAsync(
        Actor actor, TrajectId id, int perceel, int nummer, bool toegelaten, string? motivering, ETag expected, CancellationToken ct) =>
        WijzigAsync(actor, id, perceel, nummer, expected, $"besluiten over aanvraag {nummer}",
            a => Toelatingsregels.Beslis(a, toegelaten, motivering, time.Vandaag(), actor.Naam),
            a => $"{(a.IsToegelaten ? "Toegelaten" : "Toelating afgewezen")}: aanvraag {nummer} voor perceel {perceel}", ct);

    public Task<Uitkomst<AanvraagVersie>> LegOvereenkomstVastAsync(
        Actor actor, TrajectId id, int perceel, int nummer, DateOnly getekend, ETag expected, CancellationToken ct) =>
        WijzigAsync(actor, id, perceel, nummer, expected, $"overeenkomst van aanvraag {nummer} vastleggen",
            a => Toelatingsregels.LegOvereenkomstVast(a, getekend, time.Vandaag()),
            _ => $"Overeenkomst getekend: aanvraag {nummer} voor perceel {perceel}", ct);
}
