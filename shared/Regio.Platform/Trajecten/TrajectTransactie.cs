using Azure;
using Azure.Data.Tables;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten;

/// <summary>The answer of <see cref="TrajectTransactie.WriteAsync"/>: the ETags of the rows, or which row refused.</summary>
internal sealed record Transactieuitkomst(IReadOnlyList<ETag>? ETags, int? GeweigerdeRij);

/// <summary>
/// Rows of a traject's partition written with one audit event through <see cref="ChangeWriter"/>; a traject's own rows
/// come with their status rows from <see cref="TrajectStore.Vervang"/>. A busy or unreachable storage throws
/// <see cref="StorageUnavailableException"/> (503 with Retry-After at the edge).
/// </summary>
internal static class TrajectTransactie
{
    public static async Task<Transactieuitkomst> WriteAsync(
        TableClient table, AuditKeten keten, IReadOnlyList<TableTransactionAction> rows, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var uitkomst = await ChangeWriter.WriteAsync(table, keten, rows, auditEvent, cancellationToken).ConfigureAwait(false);
        return uitkomst switch
        {
            WriteResult.Conflict c => new(null, c.Index),
            WriteResult.Rejected r => new(null, r.Index),
            _ => new(uitkomst.VersiesOfNull(), null),
        };
    }

    public static async Task<IReadOnlyList<T>> ReadAsync<T>(TableClient table, string filter, Func<TableEntity, T> map, CancellationToken cancellationToken)
    {
        var result = new List<T>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(map(row));
        }
        return result;
    }
}
