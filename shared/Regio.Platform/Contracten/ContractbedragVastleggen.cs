using Regio.Domain.Contracten;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Contracten;

/// <summary>Sets the fixed amount per year of a contract with taakgerichte bekostiging (<see cref="Contractregels.StelBedragVast"/>).</summary>
public sealed class ContractbedragVastleggen(Contractwijziging wijziging)
{
    public Task<Uitkomst<Contractversie>> SaveAsync(Actor actor, string id, long? bedrag, Versie gelezen, CancellationToken ct) =>
        wijziging.SaveAsync(actor, id, gelezen, "bedrag per jaar vastleggen",
            c => Contractregels.StelBedragVast(c, bedrag),
            (_, nieuw) => $"Vast bedrag per jaar van het contract met {nieuw.Opdrachtnemer.Naam} (perceel {nieuw.Perceel}) vastgelegd", ct);
}
