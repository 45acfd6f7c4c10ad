using Azure;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Trajecten;

/// <summary>
/// The traject row as one action of a larger transaction in its partition, so that a change elsewhere in the partition
/// (an admission in the open house) and the dossier fact it implies are written together or not at all.
/// </summary>
public sealed partial class TrajectStore
{
    internal static TableTransactionAction Vervang(Traject traject, ETag expected) =>
        new(TableTransactionActionType.UpdateReplace, ToRow(traject), expected);
}
