using Azure;
using Azure.Data.Tables;
using Regio.Platform.Audit;

namespace Regio.Platform.Storage;

/// <summary>
/// The one way Regio writes a change (DESIGN rule 5): the change's rows (and any projection rows in the same
/// partition) with its audit event, in one entity-group transaction, all or nothing. Every store writes through here.
/// <para>
/// The audit chain's head is updated with the ETag it was read with, so two writers can never both append after the
/// same event. When only the head moved (another change to the same chain won), the rows did not conflict: read the
/// head again and retry, with jittered backoff so a crowd spreads out. After <see cref="Attempts"/> it is
/// <see cref="WriteResult.Busy"/>. A refusal of one of the caller's rows is never retried: it is the caller's answer.
/// </para>
/// </summary>
public static class ChangeWriter
{
    public const int Attempts = 12;

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMilliseconds(250);

    /// <summary>Table Storage's limit for one entity-group transaction; two actions are the audit event and its head.</summary>
    public const int MaxRows = 98;

    public static async Task<WriteResult> WriteAsync(
        TableClient table, AuditKeten keten, IReadOnlyList<TableTransactionAction> rows, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(keten);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count > MaxRows || rows.Any(r => r.Entity.PartitionKey != keten.Partitie))
        {
            throw new ArgumentException($"Eén wijziging is hoogstens {MaxRows} rijen in de partitie van haar auditketen ({keten.Partitie}).", nameof(rows));
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var kop = await AuditLog.ReadKopAsync(table, keten, cancellationToken).ConfigureAwait(false);
                var response = await table.SubmitTransactionAsync(rows.Concat(AuditLog.Append(keten, kop, auditEvent)).ToList(), cancellationToken).ConfigureAwait(false);
                return new WriteResult.Written(response.Value.Take(rows.Count).Select(r => r.Headers.ETag ?? default).ToList());
            }
            catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex is int index && index < rows.Count && RowRefusal(e, index, rows[index]) is { } refusal)
            {
                return refusal;
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 || IsServerBusy(e))
            {
                if (attempt == Attempts)
                {
                    return new WriteResult.Busy(TimeSpan.FromSeconds(1));
                }
                await Task.Delay(Backoff(attempt), cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (IsServerBusy(e) && attempt < Attempts)
            {
                await Task.Delay(Backoff(attempt), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsUnavailable(e, cancellationToken))
            {
                return new WriteResult.Unavailable(e.Message);
            }
        }
    }

    /// <summary>
    /// Adds new rows with their audit event. False, changing nothing, when one of them exists already: adding the same
    /// thing twice is a no-op. Busy or unreachable storage throws <see cref="StorageUnavailableException"/>.
    /// </summary>
    public static async Task<bool> AddAsync(
        TableClient table, AuditKeten keten, IReadOnlyList<TableEntity> rows, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var uitkomst = await WriteAsync(table, keten, rows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)).ToList(), auditEvent, cancellationToken)
            .ConfigureAwait(false);
        return uitkomst is WriteResult.Conflict { Reden: ConflictReden.BestaatAl } ? false : uitkomst.VersiesOfNull() is not null;
    }

    /// <summary>Appends an event that changes nothing else (a sign-in, a refused attempt).</summary>
    public static Task<WriteResult> AppendAsync(TableClient table, AuditKeten keten, AuditEvent auditEvent, CancellationToken cancellationToken) =>
        WriteAsync(table, keten, [], auditEvent, cancellationToken);

    private static WriteResult? RowRefusal(TableTransactionFailedException e, int index, TableTransactionAction row) => (e.Status, e.ErrorCode) switch
    {
        (409, _) => new WriteResult.Conflict(index, row.Entity.RowKey, ConflictReden.BestaatAl),
        (412, _) => new WriteResult.Conflict(index, row.Entity.RowKey, ConflictReden.Verouderd),
        (404, _) => new WriteResult.Conflict(index, row.Entity.RowKey, ConflictReden.Weg),
        (400 or 413, "PropertyValueTooLarge" or "EntityTooLarge" or "RequestBodyTooLarge" or "OutOfRangeInput" or "PropertiesNeedValue" or "InvalidValueType")
            => new WriteResult.Rejected(index, row.Entity.RowKey, e.ErrorCode!),
        // Any other 400 on a row is an If-Match that is no version of ours (a client sent it): as stale as any other.
        (400, _) => new WriteResult.Conflict(index, row.Entity.RowKey, ConflictReden.Verouderd),
        _ => null,
    };

    private static bool IsServerBusy(RequestFailedException e) => e.Status == 503 && e.ErrorCode == "ServerBusy";

    /// <summary>
    /// Storage did not answer: a 5xx, no connection, or the SDK's own network timeout. The SDK reports that timeout as a
    /// cancellation (and, after its retries, as an AggregateException of them) while the caller's token is not cancelled.
    /// </summary>
    internal static bool IsUnavailable(Exception e, CancellationToken cancellationToken) => e switch
    {
        RequestFailedException r => r.Status is 0 or >= 500,
        HttpRequestException or TimeoutException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        AggregateException a => a.InnerExceptions.All(i => IsUnavailable(i, cancellationToken)),
        _ => false,
    };

    // Full jitter (AWS architecture blog, "Exponential Backoff And Jitter"): a random wait up to an exponential cap.
    private static TimeSpan Backoff(int attempt)
    {
        var cap = Math.Min(MaxBackoff.TotalMilliseconds, FirstBackoff.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * cap);
    }
}
