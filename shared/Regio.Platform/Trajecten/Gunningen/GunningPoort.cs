using Regio.Domain.Trajecten;
using Regio.Platform.Aanbieders;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>
/// The access gate of every gunning use case, on <see cref="TrajectPoort"/>: it reads the traject, the perceel, its
/// gunning and for whom the actor acts, lets the actor in when <see cref="AccessPolicy.BeslisGunning"/> allows one of the
/// asked actions, and logs a refusal. A perceel the actor may not see, in a traject it may not see, is not found (404);
/// a refusal with a reason (403) comes only from the gunning's own decision.
/// </summary>
public sealed class GunningPoort(TrajectPoort poort, GunningStore store, Inschrijvers inschrijvers)
{
    /// <param name="wat">What the access log names after the traject, e.g. <c>gunningsbeslissing verzenden</c>.</param>
    public Task<Uitkomst<Gunningscontext>> OpenAsync(Actor actor, TrajectId id, int perceel, IReadOnlyList<Actie> acties, string wat, CancellationToken ct) =>
        poort.OpenAsync(actor, id, wat, t => LaadAsync(actor, id, t, perceel, ct), c => Beslis(actor, c, acties), ct);

    /// <summary>Logs and answers a refusal a use case decided with the policy after the gate let it in.</summary>
    public Task<Uitkomst<T>> WeigerAsync<T>(Actor actor, TrajectId id, string wat, Besluit besluit, CancellationToken ct) =>
        poort.WeigerAsync<T>(actor, id, wat, besluit, ct);

    /// <summary>Null when the perceel is not there for this actor, so nothing of a gunning it may not see is read.</summary>
    private async Task<Gunningscontext?> LaadAsync(Actor actor, TrajectId id, TrajectVersie t, int perceel, CancellationToken ct)
    {
        if (t.Traject.Percelen.FirstOrDefault(x => x.Nummer == perceel) is not { } p
            || AccessPolicy.Beslis(actor, Actie.TrajectBekijken, t.Traject, t.Peildatum) is not Besluit.Toegestaan)
        {
            return null;
        }
        var gunning = await store.GetAsync(t.Traject, perceel, ct).ConfigureAwait(false);
        var als = await inschrijvers.GetAsync(actor, id, perceel, ct).ConfigureAwait(false);
        return new Gunningscontext(t.Traject, t.Versie, p, gunning, als, t.Peildatum);
    }

    /// <summary>Allowed when one of the actions is; else the first refusal with a reason, or not found.</summary>
    private static Besluit Beslis(Actor actor, Gunningscontext c, IReadOnlyList<Actie> acties)
    {
        var besluiten = acties.Select(a => AccessPolicy.BeslisGunning(actor, a, c.Traject, c.Vandaag, c.IsOntvanger)).ToList();
        return besluiten.FirstOrDefault(b => b is Besluit.Toegestaan)
            ?? besluiten.FirstOrDefault(b => b is Besluit.Geweigerd)
            ?? new Besluit.NietGevonden();
    }
}
