using Azure;
using Azure.Data.Tables;
using Regio.Platform.Audit;

namespace Regio.Platform.Storage;

internal static class TableWrites
{
    private const int Attempts = 5;

    /// <summary>
    /// Adds new rows and their audit event in one transaction. Returns false, changing nothing,
    /// when one of the rows exists already: adding the same thing twice is a no-op.
    /// </summary>
    public static async Task<bool> AddWithAuditAsync(
        TableClient table, string partitionKey, IReadOnlyList<TableEntity> rows, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
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
            // Someone appended to this partition's audit chain after we read its head: read it again and retry.
            // The rows themselves did not conflict, so nothing is overwritten.
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && e.FailedTransactionActionIndex >= rows.Count && attempt < Attempts)
            {
            }
        }
    }

    /// <summary>Appends an audit event on its own, retrying when another writer moved the chain's head meanwhile.</summary>
    public static async Task AppendAuditAsync(TableClient table, string partitionKey, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var kop = await AuditLog.ReadKopAsync(table, partitionKey, cancellationToken).ConfigureAwait(false);
            try
            {
                await table.SubmitTransactionAsync(AuditLog.Append(partitionKey, kop, auditEvent).ToList(), cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && attempt < Attempts)
            {
            }
        }
    }
}
