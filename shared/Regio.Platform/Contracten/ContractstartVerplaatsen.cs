using Regio.Domain.Contracten;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Contracten;

/// <summary>Moves a contract's start with a reason; every move is kept on the contract (<see cref="Contractregels.VerplaatsStart"/>).</summary>
public sealed class ContractstartVerplaatsen(Contractwijziging wijziging, TimeProvider time)
{
    public Task<Uitkomst<Contractversie>> MoveAsync(Actor actor, string id, DateOnly? naar, string? reden, Versie gelezen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return wijziging.SaveAsync(actor, id, gelezen, "startdatum verplaatsen",
            c => Contractregels.VerplaatsStart(c, naar, reden, actor.Naam, time.GetUtcNow()),
            (oud, nieuw) => $"Startdatum van het contract met {nieuw.Opdrachtnemer.Naam} (perceel {nieuw.Perceel}) verplaatst van {Dagtekst.Kort(oud.Startdatum)} naar {Dagtekst.Kort(nieuw.Startdatum)}", ct);
    }
}
