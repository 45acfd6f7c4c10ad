using Regio.Domain.Regiostatus;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Regiostatus;

/// <summary>
/// Where the status gets the contract starts and evaluations of the coming days from (<see cref="ContractRijenbron"/>:
/// the contracts stored per aanbieder, and the traject's planning for percelen without contracts yet).
/// </summary>
public interface IContractbron
{
    Task<IReadOnlyDictionary<TrajectId, IReadOnlyList<Contractmoment>>> ListMomentenAsync(IReadOnlyList<Traject> trajecten, DateOnly vandaag, CancellationToken ct);
}
