using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Platform.Regiostatus;

namespace Regio.Platform.Trajecten;

/// <summary>A traject row never travels alone: its status row goes in the same transaction (see <see cref="Statusprojectie"/>).</summary>
public sealed partial class TrajectStore
{
    /// <summary>The status row for <paramref name="actie"/> when it writes a traject row; null for any other row.</summary>
    internal static TableTransactionAction? StatusBij(TableTransactionAction actie) =>
        actie.Entity is TableEntity row && row.RowKey.StartsWith(Prefix, StringComparison.Ordinal) && Eigenaar.TryParse(row.GetString("Eigenaar"), out var eigenaar)
            ? Statusprojectie.Actie(ToTraject(row, eigenaar))
            : null;

    /// <summary>The actions of one transaction with the status row of every traject row among them, after those rows.</summary>
    internal static List<TableTransactionAction> MetStatus(IReadOnlyList<TableTransactionAction> rows) =>
        [.. rows, .. rows.Select(StatusBij).OfType<TableTransactionAction>()];
}
