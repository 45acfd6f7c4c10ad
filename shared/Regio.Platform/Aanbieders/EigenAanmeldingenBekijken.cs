using Regio.Domain.Organisaties;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Aanbieders;

/// <summary>An aanbieder's own registrations and invitations, over every traject its people may see.</summary>
public sealed class EigenAanmeldingenBekijken(TrajectenBekijken trajecten, AanmeldingStore store, Toegangspoort toegangspoort, TimeProvider time)
{
    /// <summary>
    /// Every perceel of a traject the actor may see where its aanbieder registered or was invited: one range query per
    /// published perceel, side by side, so the round trips grow with the percelen and not with the registrations.
    /// </summary>
    public async Task<Uitkomst<IReadOnlyList<EigenAanmelding>>> ListAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Organisatie is not { Soort: OrganisatieSoort.Aanbieder } aanbieder || actor.Rollen.Count == 0)
        {
            return await toegangspoort.WeigerAsync<IReadOnlyList<EigenAanmelding>>(
                actor, "eigen aanmeldingen bekijken", new Besluit.Geweigerd("Alleen medewerkers van een aanbieder hebben eigen aanmeldingen."), ct).ConfigureAwait(false);
        }
        var vandaag = time.Vandaag();
        var zichtbaar = await trajecten.ListAsync(actor, ct).ConfigureAwait(false) is Uitkomst<IReadOnlyList<TrajectVersie>>.Gelukt g ? g.Waarde : [];
        var percelen = zichtbaar
            .Where(v => AccessPolicy.BeslisAanmelding(actor, Actie.Aanmelden, v.Traject, vandaag) is Besluit.Toegestaan)
            .SelectMany(v => v.Traject.Percelen.Select(p => (v.Traject, Perceel: p)))
            .Where(t => t.Perceel.FaseOp(vandaag) != Domain.Trajecten.Fase.Voorbereiding || t.Perceel.Dossier.AankondigingGepubliceerd <= vandaag);
        var gelezen = await Task.WhenAll(percelen.Select(async t =>
        {
            var alles = await store.ListAsync(t.Traject.Id, t.Perceel.Nummer, ct).ConfigureAwait(false);
            return new EigenAanmelding(t.Traject, t.Perceel, alles.Aanmeldingen.FirstOrDefault(a => a.Aanbieder == aanbieder.Id),
                alles.Combinaties.Select(c => c.Combinatie).Where(c => c.IsBetrokken(aanbieder.Id)).ToList());
        })).ConfigureAwait(false);
        return gelezen.Where(e => e.Aanmelding is not null || e.Combinaties.Count > 0).ToList();
    }
}
