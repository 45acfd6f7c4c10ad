using Regio.Functions.Hosting;
using Regio.Platform.Trajecten;

namespace Regio.Functions.Features.Trajecten;

/// <summary>
/// PUT /api/trajecten/{id}: the traject's data as it should be. Read like a new traject's fields, so an unknown
/// procedure, domain or bekostiging gets the same Dutch answer; what needs the stored traject is the use case's to check.
/// </summary>
public sealed record TrajectWijzigingRequest(
    string? Naam, [property: IdVeld] IReadOnlyList<string>? Deelnemers, string? Procedure, string? Domein, ContractRequest? Contract)
{
    public Dictionary<string, string> Fouten() => AlsNieuw().Fouten();

    public TrajectWijziging AlsWijziging()
    {
        var gelezen = AlsNieuw().AlsNieuwTraject();
        return new TrajectWijziging(gelezen.Naam, gelezen.Deelnemers, gelezen.Procedure, gelezen.Domein, gelezen.Contract);
    }

    private NieuwTrajectRequest AlsNieuw() => new(null, Naam, null, Deelnemers, Procedure, Domein, Contract, null);
}
