using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Toelatingen;
using Regio.Platform.Aanbieders;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Toelatingen;

/// <summary>
/// The aanvragen of an open house as the reader may see them: the owner's people every aanvraag with the counts per
/// perceel, an aanbieder its own.
/// </summary>
public sealed class ToelatingenBekijken(TrajectPoort poort, ToelatingStore store, Inschrijvers inschrijvers)
{
    public async Task<Uitkomst<Toelatingsoverzicht>> GetAsync(Actor actor, TrajectId id, CancellationToken ct)
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
            if (await inschrijvers.GetAsync(actor, id, p.Nummer, ct).ConfigureAwait(false) is { } inschrijver)
                sleutels.Add(inschrijver.Sleutel);
        }
        return new Toelatingsoverzicht(traject, alle.Where(a => sleutels.Contains(a.Aanvraag.Aanvrager)).ToList(), [], false, sleutels.FirstOrDefault());
    }
}
