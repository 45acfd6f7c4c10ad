using Azure;
using Azure.Data.Tables;
using Regio.Platform.Audit;

namespace Regio.Platform.Trajecten;

/// <summary>The answer of <see cref="TrajectTransactie.SchrijfAsync"/>: the ETags of the rows, or which row refused.</summary>
internal sealed record Transactieuitkomst(IReadOnlyList<ETag>? ETags, int? GeweigerdeRij);

/// <summary>
/// Rows of a traject's owner partition written together with one audit event in one transaction (DESIGN rule 5), as
/// TrajectStore does for the traject row itself. Retries when only the audit chain's head moved meanwhile.
/// </summary>
internal static class TrajectTransactie
{
    private const int Attempts = 5;

    public static async Task<Transactieuitkomst> SchrijfAsync(
        TableClient table, IReadOnlyList<TableTransactionAction> rows, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var partition = rows[0].Entity.PartitionKey;
        for (var attempt = 1; ; attempt++)
        {
            var kop = await AuditLog.ReadKopAsync(table, partition, cancellationToken).ConfigureAwait(false);
            try
            {
                // A traject row brings its status row along (after our rows, so the indexes below stay ours).
                var response = await table.SubmitTransactionAsync(TrajectStore.MetStatus(rows).Concat(AuditLog.Append(partition, kop, auditEvent)).ToList(), cancellationToken).ConfigureAwait(false);
                return new(response.Value.Take(rows.Count).Select(r => r.Headers.ETag ?? default).ToList(), null);
            }
            // 400 on one of our rows is an If-Match that is no ETag of ours: as stale as any other.
            catch (TableTransactionFailedException e) when (e.Status is 400 or 404 or 409 or 412 && e.FailedTransactionActionIndex < rows.Count)
            {
                return new(null, e.FailedTransactionActionIndex);
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && e.FailedTransactionActionIndex >= rows.Count && attempt < Attempts)
            {
            }
        }
    }

    public static async Task<IReadOnlyList<T>> LeesAsync<T>(TableClient table, string filter, Func<TableEntity, T> map, CancellationToken cancellationToken)
    {
        var result = new List<T>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(map(row));
        }
        return result;
    }
}
