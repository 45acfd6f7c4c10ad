using Regio.Domain.Contracten;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Contracten;

/// <summary>
/// The access gate of the contract use cases, on <see cref="Toegangspoort"/>: it reads the contract in its traject
/// owner's partition, lets the actor in when <see cref="AccessPolicy.BeslisContract"/> allows the action, and logs a
/// refusal. An id that is no contract, or one the actor may not know, is NietGevonden.
/// </summary>
public sealed class ContractPoort(ContractStore store, TrajectStore trajecten, Toegangspoort toegangspoort)
{
    /// <param name="wat">What the access log names after the contract, e.g. <c>contract bekijken</c>.</param>
    public Task<Uitkomst<Contractversie>> OpenAsync(Actor actor, string id, Actie actie, string wat, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return toegangspoort.OpenAsync(actor, $"contract:{id} {wat}", () => LaadAsync(id, ct),
            v => AccessPolicy.BeslisContract(actor, actie, v.Eigenaar, v.Deelnemers, v.Contract), ct);
    }

    /// <summary>Null for an id that is not a contract's, or whose traject or contract does not exist.</summary>
    private async Task<Contractversie?> LaadAsync(string id, CancellationToken ct)
    {
        if (Contract.LeesId(id) is not { } delen)
            return null;
        var traject = await trajecten.GetAsync(delen.Traject, ct).ConfigureAwait(false);
        return traject is { } t
            ? await store.GetAsync(t.Traject.Eigenaar, delen.Traject, delen.Perceel, delen.Inschrijver, ct).ConfigureAwait(false)
            : null;
    }
}
