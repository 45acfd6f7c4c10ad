using Azure;
using Azure.Data.Tables;
using Regio.Platform.Audit;

namespace Regio.Platform.Storage;

internal static class TableWrites
{
    /// <summary>
    /// Adds new rows and their audit event in one transaction. Returns false, changing nothing,
    /// when the first row exists already: adding the same thing twice is a no-op.
    /// </summary>
    public static async Task<bool> AddWithAuditAsync(
        TableClient table, string partitionKey, IReadOnlyList<TableEntity> rows, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var kop = await AuditLog.ReadKopAsync(table, partitionKey, cancellationToken).ConfigureAwait(false);
        var actions = rows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r))
            .Concat(AuditLog.Append(partitionKey, kop, auditEvent))
            .ToList();
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409 && e.FailedTransactionActionIndex < rows.Count)
        {
            return false;
        }
    }
}
