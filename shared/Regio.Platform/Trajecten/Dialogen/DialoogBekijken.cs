using Regio.Domain.Trajecten;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>
/// What the actor may see of the dialogue of a perceel: all of it for the owner's people, for a participant the rounds,
/// its own sessions and (before the award) itself as the only participant. Who sees what: <see cref="AccessPolicy.BeslisDialoog"/>.
/// </summary>
public sealed class DialoogBekijken(DialoogPoort poort, DialoogStore store, TimeProvider time)
{
    public async Task<Uitkomst<Dialoogbeeld>> GetAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.DialoogVolgen, "dialoog bekijken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Dialoogbeeld>();
        var sessies = await store.ListSessiesAsync(c.Partitie, id, perceel, ct).ConfigureAwait(false);
        var vandaag = time.Vandaag();
        var zichtbaar = sessies.Where(s => AccessPolicy.BeslisDialoog(actor, Actie.DialoogsessieInzien, c.Traject, vandaag, c.Dialoog.Waarde, c.AlsInschrijver, s.Waarde.Deelnemer) is Besluit.Toegestaan)
            .OrderBy(s => s.Waarde.Ronde).ThenBy(s => s.Waarde.Datum).ThenBy(s => s.Waarde.Tijd).ToList();
        var magBeheren = AccessPolicy.BeslisDialoog(actor, Actie.DialoogBeheren, c.Traject, vandaag, c.Dialoog.Waarde, c.AlsInschrijver) is Besluit.Toegestaan;
        var alsDeelnemer = magBeheren ? null : c.Dialoog.Waarde.Deelnemers.FirstOrDefault(d => d.Sleutel == c.AlsInschrijver);
        // A participant that may not know its competitors yet sees itself as the only participant.
        var deelnemersZichtbaar = AccessPolicy.BeslisDeelnemers(actor, c.Traject, c.Perceel, vandaag) is Besluit.Toegestaan;
        var dialoog = deelnemersZichtbaar
            ? c.Dialoog.Waarde
            : c.Dialoog.Waarde with { Deelnemers = [.. c.Dialoog.Waarde.Deelnemers.Where(d => d.Sleutel == c.AlsInschrijver)] };
        var traject = Trajectinzage.Voor(actor, c.Traject, vandaag);
        return new Dialoogbeeld(traject, traject.Percelen.Single(p => p.Nummer == perceel), dialoog, c.Dialoog.Versie, zichtbaar, magBeheren, alsDeelnemer,
            deelnemersZichtbaar);
    }
}
