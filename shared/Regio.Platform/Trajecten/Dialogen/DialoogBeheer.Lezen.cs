using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>Reading a dialogue for an action: the traject, the perceel, the dialogue and for whom the actor acts, or the refusal.</summary>
public sealed partial class DialoogBeheer
{
    private sealed record Context(Traject Traject, Perceel Perceel, string Partitie, Versie<Dialoog> Dialoog, string? AlsInschrijver, OrganisatieScope Scope);

    private async Task<(Context? Context, Uitkomst<T>? Weigering)> LeesAsync<T>(
        Actor actor, TrajectId id, int perceel, Actie actie, string wat, CancellationToken ct, string? sessieVan = null)
    {
        var gelezen = await trajecten.GetAsync(id, ct).ConfigureAwait(false);
        var p = gelezen?.Traject.Percelen.FirstOrDefault(x => x.Nummer == perceel);
        if (gelezen is not { Traject: var traject } || p is null)
            return (null, await WeigerAsync<T>(actor, id, wat, new Besluit.NietGevonden(), ct).ConfigureAwait(false));
        var partitie = TrajectStore.PartitionKey(traject.Eigenaar);
        var dialoog = await store.GetAsync(partitie, id, perceel, ct).ConfigureAwait(false);
        var als = (await inschrijvers.VoorAsync(actor, id, perceel, ct).ConfigureAwait(false))?.Sleutel;
        var besluit = AccessPolicy.BeslisDialoog(actor, actie, traject, time.Vandaag(), dialoog.Waarde, als, sessieVan);
        if (besluit is not Besluit.Toegestaan toegestaan)
            return (null, await WeigerAsync<T>(actor, id, wat, besluit, ct).ConfigureAwait(false));
        // Only a dialooggericht traject has a dialogue; only its owner's people get this far on any other traject.
        if (traject.Procedure != Procedure.Dialooggericht)
            return (null, (Uitkomst<T>)new DialoogWeigering.GeenDialooggericht());
        return (new Context(traject, p, partitie, dialoog, als, toegestaan.Scope), null);
    }

    private async Task<Uitkomst<T>> WeigerAsync<T>(Actor actor, TrajectId id, string wat, Besluit besluit, CancellationToken ct)
    {
        var reden = besluit is Besluit.Geweigerd g ? g.Reden : null;
        await log.GeweigerdAsync(actor, $"traject:{id} {wat}", reden ?? "Niet zichtbaar voor deze gebruiker of bestaat niet", ct).ConfigureAwait(false);
        return reden is null ? new Uitkomst<T>.NietGevonden() : new Uitkomst<T>.Geweigerd(reden);
    }
}
