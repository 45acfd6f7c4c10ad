using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// A beoordeling opened for an action: the traject, the perceel, the beoordeling as read, the commissie member the actor
/// is (null when none) and the day the policy decided on.
/// </summary>
public sealed record Beoordelingscontext(Traject Traject, Perceel Perceel, GelezenBeoordeling Gelezen, Beoordelaar? Lid, DateOnly Vandaag)
{
    public Beoordelingsdossier Dossier => Gelezen.Dossier;

    public bool Mag(Actor actor, Actie actie) => AccessPolicy.BeslisBeoordeling(actor, actie, Traject, Vandaag, Dossier.Commissie) is Besluit.Toegestaan;
}

/// <summary>
/// The access gate of every beoordeling use case, on <see cref="TrajectPoort"/>: the traject, perceel and beoordeling,
/// if <see cref="AccessPolicy.BeslisBeoordeling"/> allows the action; else the (logged) refusal. Someone who may not see
/// the traject learns nothing, and the beoordeling is not even read for them.
/// </summary>
public sealed class BeoordelingPoort(TrajectPoort poort, BeoordelingStore store)
{
    public Task<Uitkomst<Beoordelingscontext>> OpenAsync(Actor actor, TrajectId id, int perceel, Actie actie, string wat, CancellationToken ct) =>
        poort.OpenAsync(
            actor, id, wat,
            async t => t.Traject.Percelen.FirstOrDefault(x => x.Nummer == perceel) is { } p
                && AccessPolicy.Beslis(actor, Actie.TrajectBekijken, t.Traject, t.Peildatum) is Besluit.Toegestaan
                    ? Context(actor, t, p, await store.GetAsync(id, perceel, ct).ConfigureAwait(false))
                    : null,
            c => AccessPolicy.BeslisBeoordeling(actor, actie, c.Traject, c.Vandaag, c.Dossier.Commissie),
            ct);

    /// <summary>Logs and answers a refusal a use case decided with the policy after the gate let it in.</summary>
    public Task<Uitkomst<T>> WeigerAsync<T>(Actor actor, TrajectId id, string wat, Besluit besluit, CancellationToken ct) =>
        poort.WeigerAsync<T>(actor, id, wat, besluit, ct);

    private static Beoordelingscontext Context(Actor actor, TrajectVersie t, Perceel perceel, GelezenBeoordeling gelezen) =>
        new(t.Traject, perceel, gelezen, AccessPolicy.Commissielid(actor, gelezen.Dossier.Commissie), t.Peildatum);
}
