using Regio.Domain.Regiostatus;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Regiostatus;

/// <summary>
/// Where the status gets the contract starts and evaluations of the coming days from: the seam for contracts stored per
/// aanbieder ("contract|{traject}|{perceel}|{inschrijver}" in the owner's partition of "trajecten"). A source over those
/// rows reads one range "contract|" per owner partition of the given trajecten (the regio's and at most the reader's own
/// gemeente's), so the round trips stay bounded, and replaces <see cref="TrajectContractbron"/> in PlatformServices.
/// </summary>
public interface IContractbron
{
    Task<IReadOnlyDictionary<TrajectId, IReadOnlyList<Contractmoment>>> MomentenAsync(IReadOnlyList<Traject> trajecten, DateOnly vandaag, CancellationToken ct);
}

/// <summary>Until contracts are rows of their own: from each traject's planning and dossier (<see cref="Contractmomenten"/>), no I/O.</summary>
public sealed class TrajectContractbron : IContractbron
{
    public Task<IReadOnlyDictionary<TrajectId, IReadOnlyList<Contractmoment>>> MomentenAsync(IReadOnlyList<Traject> trajecten, DateOnly vandaag, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trajecten);
        return Task.FromResult<IReadOnlyDictionary<TrajectId, IReadOnlyList<Contractmoment>>>(
            trajecten.ToDictionary(t => t.Id, t => Contractmomenten.UitTraject(t, vandaag)));
    }
}
