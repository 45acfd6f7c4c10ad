using Regio.Domain.Trajecten;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// The scores of one inschrijving the actor may see: with a beoordelaar one member's (not found when it is another's
/// and not everyone has scored), without it the actor's own, and everyone's once all have scored.
/// </summary>
public sealed class ScoresBekijken(BeoordelingPoort poort)
{
    public async Task<Uitkomst<Scoresbeeld>> GetAsync(
        Actor actor, TrajectId id, int perceel, string inschrijver, string? beoordelaar, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.BeoordelingVolgen, "scores lezen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Scoresbeeld>();
        if (!c.Dossier.Inschrijvers.Contains(inschrijver))
            return new Uitkomst<Scoresbeeld>.NietGevonden();
        var commissie = c.Dossier.Commissie;
        if (beoordelaar is not null)
        {
            var besluit = AccessPolicy.BeslisScores(actor, c.Traject, c.Vandaag, c.Dossier, beoordelaar);
            if (besluit is not Besluit.Toegestaan)
                return await poort.WeigerAsync<Scoresbeeld>(actor, id, "scores van een beoordelaar lezen", besluit, ct).ConfigureAwait(false);
            return c.Gelezen.BeoordelingVan(beoordelaar, inschrijver) is { } een
                ? new Scoresbeeld([een], commissie)
                : new Uitkomst<Scoresbeeld>.NietGevonden();
        }
        return new Scoresbeeld(c.Gelezen.Beoordelingen.Where(b => b.Waarde.Inschrijver == inschrijver
            && AccessPolicy.BeslisScores(actor, c.Traject, c.Vandaag, c.Dossier, b.Waarde.Beoordelaar) is Besluit.Toegestaan).ToList(), commissie);
    }
}
