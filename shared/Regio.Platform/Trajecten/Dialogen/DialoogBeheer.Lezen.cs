using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>Opening a dialogue for an action: the traject, the perceel, the dialogue and for whom the actor acts, or the refusal.</summary>
public sealed partial class DialoogBeheer
{
    private sealed record Context(Traject Traject, Perceel Perceel, string Partitie, Versie<Dialoog> Dialoog, string? AlsInschrijver, DateOnly Vandaag)
    {
        public OrganisatieScope Scope { get; init; } = null!;
    }

    private async Task<Uitkomst<Context>> OpenAsync(
        Actor actor, TrajectId id, int perceel, Actie actie, string wat, CancellationToken ct, string? sessieVan = null)
    {
        var toegang = await poort.OpenAsync(
            actor, id, wat,
            gelezen => ContextAsync(actor, gelezen, perceel, ct),
            c => AccessPolicy.BeslisDialoog(actor, actie, c.Traject, c.Vandaag, c.Dialoog.Waarde, c.AlsInschrijver, sessieVan),
            (c, scope) => c with { Scope = scope },
            ct).ConfigureAwait(false);
        // Only a dialooggericht traject has a dialogue; only its owner's people get this far on any other traject.
        return toegang.TryGet(out var context) && context.Traject.Procedure != Procedure.Dialooggericht
            ? new DialoogWeigering.GeenDialooggericht()
            : toegang;
    }

    private async Task<Context?> ContextAsync(Actor actor, TrajectVersie gelezen, int perceel, CancellationToken ct)
    {
        if (gelezen.Traject.Percelen.FirstOrDefault(x => x.Nummer == perceel) is not { } p)
            return null;
        var partitie = TrajectStore.PartitionKey(gelezen.Traject.Eigenaar);
        var dialoog = await store.GetAsync(partitie, gelezen.Traject.Id, perceel, ct).ConfigureAwait(false);
        var als = (await inschrijvers.VoorAsync(actor, gelezen.Traject.Id, perceel, ct).ConfigureAwait(false))?.Sleutel;
        return new Context(gelezen.Traject, p, partitie, dialoog, als, gelezen.Peildatum);
    }
}
