using Regio.Platform.Toegang;

namespace Regio.Platform.Contracten;

/// <summary>One contract with its Versie, when <see cref="AccessPolicy.BeslisContract"/> lets the actor see it.</summary>
public sealed class ContractBekijken(ContractPoort poort)
{
    public Task<Uitkomst<Contractversie>> GetAsync(Actor actor, string id, CancellationToken ct) =>
        poort.OpenAsync(actor, id, Actie.ContractBekijken, "contract bekijken", ct);
}
