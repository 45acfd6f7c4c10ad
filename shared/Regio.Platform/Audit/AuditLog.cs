using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace Regio.Platform.Audit;

/// <summary>
/// Audit chains (DESIGN rule 5). Each event carries the hash of the one before it, and the chain's head row is updated
/// with its ETag in the same table transaction as the change, so two writers can never both append after the same
/// event. Writing goes through <see cref="Storage.ChangeWriter"/>; this class knows the rows.
/// </summary>
public static class AuditLog
{
    internal const string Begin = "begin";

    public static async Task<AuditKop> ReadKopAsync(TableClient table, AuditKeten keten, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(keten);
        var kop = await table.GetEntityIfExistsAsync<TableEntity>(keten.Partitie, keten.KopRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return kop.HasValue && kop.Value is { } row
            ? new AuditKop(row.GetInt64("Volgnummer") ?? 0, row.GetString("Hash") ?? Begin, row.ETag)
            : new AuditKop(0, Begin, null);
    }

    /// <summary>The two actions that append <paramref name="auditEvent"/> after <paramref name="kop"/>.</summary>
    internal static IEnumerable<TableTransactionAction> Append(AuditKeten keten, AuditKop kop, AuditEvent auditEvent)
    {
        var volgnummer = kop.Volgnummer + 1;
        var hash = Hash(volgnummer, auditEvent, kop.Hash);
        var row = new TableEntity(keten.Partitie, keten.EventRowKey(volgnummer))
        {
            ["Volgnummer"] = volgnummer,
            ["Tijdstip"] = auditEvent.Tijdstip,
            ["Actor"] = auditEvent.Actor,
            ["Actie"] = auditEvent.Actie,
            ["Onderwerp"] = auditEvent.Onderwerp,
            ["Voor"] = auditEvent.Voor,
            ["Na"] = auditEvent.Na,
            ["VorigeHash"] = kop.Hash,
            ["Hash"] = hash,
        };
        var kopRow = new TableEntity(keten.Partitie, keten.KopRowKey) { ["Volgnummer"] = volgnummer, ["Hash"] = hash };
        yield return new TableTransactionAction(TableTransactionActionType.Add, row);
        yield return kop.ETag is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, kopRow, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, kopRow);
    }

    /// <summary>The events of one chain, oldest first.</summary>
    public static Task<IReadOnlyList<AuditEvent>> ReadAsync(TableClient table, AuditKeten keten, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keten);
        return ReadEventsAsync(table, keten.EventFilter, cancellationToken);
    }

    /// <summary>
    /// The events of every chain in a partition, in the order they happened: by their moment, and within one moment by
    /// when storage wrote them. For screens and reports about everything an owner did, not for verification.
    /// </summary>
    public static async Task<IReadOnlyList<AuditEvent>> ReadPartitionAsync(TableClient table, string partitie, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(AuditKeten.PartitionEventFilter(partitie), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }
        return InVolgorde(rows);
    }

    /// <summary>Events of several chains in the order they happened: their moment first, then when storage wrote them.</summary>
    internal static IReadOnlyList<AuditEvent> InVolgorde(IEnumerable<TableEntity> rows) =>
        rows.Select(r => (Event: ToEvent(r), Geschreven: r.Timestamp ?? default))
            .OrderBy(r => r.Event.Tijdstip).ThenBy(r => r.Geschreven)
            .Select(r => r.Event).ToList();

    internal static AsyncPageable<TableEntity> QueryEvents(TableClient table, AuditKeten keten, CancellationToken cancellationToken) =>
        table.QueryAsync<TableEntity>(keten.EventFilter, cancellationToken: cancellationToken);

    private static async Task<IReadOnlyList<AuditEvent>> ReadEventsAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var events = new List<AuditEvent>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            events.Add(ToEvent(row));
        }
        return events;
    }

    internal static AuditEvent ToEvent(TableEntity row) => new(
        row.GetDateTimeOffset("Tijdstip") ?? default,
        row.GetString("Actor") ?? "",
        row.GetString("Actie") ?? "",
        row.GetString("Onderwerp") ?? "",
        row.GetString("Voor"),
        row.GetString("Na"));

    internal static string Hash(long volgnummer, AuditEvent e, string vorigeHash)
    {
        var canonical = string.Join('\n',
            volgnummer.ToString(CultureInfo.InvariantCulture),
            e.Tijdstip.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.Actor, e.Actie, e.Onderwerp, e.Voor ?? "", e.Na ?? "", vorigeHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

/// <summary>A chain's head as read: the last event's number and hash, and the version to replace the head with.</summary>
public sealed record AuditKop(long Volgnummer, string Hash, ETag? ETag);
