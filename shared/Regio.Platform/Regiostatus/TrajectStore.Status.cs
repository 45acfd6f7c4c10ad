using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Platform.Regiostatus;

namespace Regio.Platform.Trajecten;

/// <summary>A traject's rows never travel alone: the status rows of what they change go in the same transaction (see <see cref="Statusprojectie"/>).</summary>
public sealed partial class TrajectStore
{
    /// <summary>
    /// The status rows of the units that change (<see cref="TrajectRijen.Eenheid"/>): the header's row is merged, so the
    /// counts beside it stay; a perceel's row is replaced.
    /// </summary>
    internal static IEnumerable<TableTransactionAction> StatusActies(Traject traject, IEnumerable<string> eenheden)
    {
        var partitie = PartitionKey(traject.Eigenaar);
        foreach (var eenheid in eenheden.Order(StringComparer.Ordinal))
        {
            if (eenheid == TrajectRijen.Kop)
            {
                yield return new(TableTransactionActionType.UpsertMerge, StatusRijen.ToRow(partitie, traject));
                continue;
            }
            var nummer = int.Parse(eenheid.AsSpan(eenheid.IndexOf('|', StringComparison.Ordinal) + 1), System.Globalization.CultureInfo.InvariantCulture);
            yield return new(TableTransactionActionType.UpsertReplace, StatusRijen.ToRow(partitie, traject.Id, nummer, traject.Percelen.FirstOrDefault(p => p.Nummer == nummer)));
        }
    }
}
