using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Platform.Aanbieders;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>
/// A dialogue opened for an action: the traject, the perceel, the dialogue as read, for whom the actor acts
/// (<see cref="AlsInschrijver"/>, null for the owner's people) and the scope the policy allowed the action in.
/// </summary>
public sealed record Dialoogcontext(
    Traject Traject, Perceel Perceel, string Partitie, Stand<Dialoog> Dialoog, string? AlsInschrijver, DateOnly Vandaag, OrganisatieScope Scope);

/// <summary>
/// The access gate of every dialogue use case, on <see cref="TrajectPoort"/>: it reads the traject, the perceel, its
/// dialogue and for whom the actor acts, lets the actor in when <see cref="AccessPolicy.BeslisDialoog"/> allows the
/// action, and logs a refusal. A perceel that is not there is not found; only a dialooggericht traject has a dialogue.
/// </summary>
public sealed class DialoogPoort(TrajectPoort poort, DialoogStore store, Inschrijvers inschrijvers)
{
    /// <param name="sessieVan">For a session: the participant it is with, so that participant may see it.</param>
    public async Task<Uitkomst<Dialoogcontext>> OpenAsync(
        Actor actor, TrajectId id, int perceel, Actie actie, string wat, CancellationToken ct, string? sessieVan = null)
    {
        var toegang = await poort.OpenAsync(
            actor, id, wat,
            gelezen => LoadAsync(actor, gelezen, perceel, ct),
            c => AccessPolicy.BeslisDialoog(actor, actie, c.Traject, c.Vandaag, c.Dialoog.Waarde, c.AlsInschrijver, sessieVan),
            (c, scope) => new Dialoogcontext(c.Traject, c.Perceel, c.Partitie, c.Dialoog, c.AlsInschrijver, c.Vandaag, scope),
            ct).ConfigureAwait(false);
        // Only a dialooggericht traject has a dialogue; only its owner's people get this far on any other traject.
        return toegang.TryGet(out var context) && context.Traject.Procedure != Procedure.Dialooggericht
            ? new DialoogWeigering.GeenDialooggericht()
            : toegang;
    }

    /// <summary>What the policy decides on, before it is known in which scope the action is allowed.</summary>
    private sealed record Geladen(Traject Traject, Perceel Perceel, string Partitie, Stand<Dialoog> Dialoog, string? AlsInschrijver, DateOnly Vandaag);

    private async Task<Geladen?> LoadAsync(Actor actor, TrajectVersie gelezen, int perceel, CancellationToken ct)
    {
        if (gelezen.Traject.Percelen.FirstOrDefault(x => x.Nummer == perceel) is not { } p)
            return null;
        var partitie = TrajectStore.PartitionKey(gelezen.Traject.Eigenaar);
        var dialoog = await store.GetAsync(partitie, gelezen.Traject.Id, perceel, ct).ConfigureAwait(false);
        var als = (await inschrijvers.GetAsync(actor, gelezen.Traject.Id, perceel, ct).ConfigureAwait(false))?.Sleutel;
        return new Geladen(gelezen.Traject, p, partitie, dialoog, als, gelezen.Peildatum);
    }
}
