using Azure;
using Azure.Data.Tables;
using Regio.Platform.Audit;

namespace Regio.Platform.Budgetten;

/// <summary>Rows and their audit event in one table transaction of one partition (DESIGN rule 5).</summary>
internal static class AuditTransactie
{
    private const int Attempts = 5;

    /// <summary>
    /// Returns the first row's new ETag, or the index of the row that refused (a stale ETag, a row that exists or is
    /// gone); retries only when the audit head moved meanwhile, which changes none of the rows.
    /// </summary>
    public static async Task<(ETag? ETag, int? Geweigerd)> SchrijfAsync(
        TableClient table, string pk, List<TableTransactionAction> rijen, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var kop = await AuditLog.ReadKopAsync(table, pk, cancellationToken).ConfigureAwait(false);
            try
            {
                var response = await table.SubmitTransactionAsync(rijen.Concat(AuditLog.Append(pk, kop, auditEvent)).ToList(), cancellationToken).ConfigureAwait(false);
                return (response.Value[0].Headers.ETag, null);
            }
            catch (TableTransactionFailedException e) when ((e.FailedTransactionActionIndex ?? 0) < rijen.Count)
            {
                return (null, e.FailedTransactionActionIndex ?? 0);
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && attempt < Attempts)
            {
            }
        }
    }
}
