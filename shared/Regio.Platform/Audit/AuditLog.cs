using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace Regio.Platform.Audit;

/// <summary>
/// The audit chain of one partition. Each event carries the hash of the one before it, and the head row
/// ("auditkop") is updated with its ETag in the same table transaction as the change, so two writers can
/// never both append after the same event (DESIGN rule 5).
/// </summary>
public static class AuditLog
{
    private const string KopRowKey = "auditkop";
    private const string EventPrefix = "audit|";
    private const string Begin = "begin";

    public static async Task<AuditKop> ReadKopAsync(TableClient table, string partitionKey, CancellationToken cancellationToken)
    {
        var kop = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, KopRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return kop.HasValue && kop.Value is { } row
            ? new AuditKop(row.GetInt64("Volgnummer") ?? 0, row.GetString("Hash") ?? Begin, row.ETag)
            : new AuditKop(0, Begin, null);
    }

    /// <summary>The two actions that append <paramref name="auditEvent"/> after <paramref name="kop"/>.</summary>
    public static IEnumerable<TableTransactionAction> Append(string partitionKey, AuditKop kop, AuditEvent auditEvent)
    {
        var volgnummer = kop.Volgnummer + 1;
        var hash = Hash(volgnummer, auditEvent, kop.Hash);
        var row = new TableEntity(partitionKey, EventRowKey(volgnummer))
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
        var kopRow = new TableEntity(partitionKey, KopRowKey) { ["Volgnummer"] = volgnummer, ["Hash"] = hash };
        yield return new TableTransactionAction(TableTransactionActionType.Add, row);
        yield return kop.ETag is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, kopRow, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, kopRow);
    }

    public static async Task<IReadOnlyList<AuditEvent>> ReadAsync(TableClient table, string partitionKey, CancellationToken cancellationToken)
    {
        var events = new List<AuditEvent>();
        await foreach (var row in QueryEvents(table, partitionKey, cancellationToken).ConfigureAwait(false))
        {
            events.Add(ToEvent(row));
        }
        return events;
    }

    /// <summary>Walks the chain and names the first broken link, or returns null when the chain is whole.</summary>
    public static async Task<string?> VerifyAsync(TableClient table, string partitionKey, CancellationToken cancellationToken)
    {
        var vorige = Begin;
        long verwacht = 1;
        await foreach (var row in QueryEvents(table, partitionKey, cancellationToken).ConfigureAwait(false))
        {
            var volgnummer = row.GetInt64("Volgnummer") ?? -1;
            if (volgnummer != verwacht)
            {
                return $"Gebeurtenis {verwacht} ontbreekt in {partitionKey}; gevonden: {volgnummer}.";
            }
            if (row.GetString("VorigeHash") != vorige || row.GetString("Hash") != Hash(volgnummer, ToEvent(row), vorige))
            {
                return $"De keten van {partitionKey} is verbroken bij gebeurtenis {volgnummer}.";
            }
            vorige = row.GetString("Hash")!;
            verwacht++;
        }
        var kop = await ReadKopAsync(table, partitionKey, cancellationToken).ConfigureAwait(false);
        return kop.Volgnummer == verwacht - 1 && kop.Hash == vorige
            ? null
            : $"De kop van de keten van {partitionKey} wijst naar gebeurtenis {kop.Volgnummer}, de laatste is {verwacht - 1}.";
    }

    private static string EventRowKey(long volgnummer) => EventPrefix + volgnummer.ToString("D10", CultureInfo.InvariantCulture);

    private static AsyncPageable<TableEntity> QueryEvents(TableClient table, string partitionKey, CancellationToken cancellationToken) =>
        table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey gt {EventPrefix} and RowKey lt {"audit}"}"),
            cancellationToken: cancellationToken);

    internal static AuditEvent ToEvent(TableEntity row) => new(
        row.GetDateTimeOffset("Tijdstip") ?? default,
        row.GetString("Actor") ?? "",
        row.GetString("Actie") ?? "",
        row.GetString("Onderwerp") ?? "",
        row.GetString("Voor"),
        row.GetString("Na"));

    private static string Hash(long volgnummer, AuditEvent e, string vorigeHash)
    {
        var canonical = string.Join('\n',
            volgnummer.ToString(CultureInfo.InvariantCulture),
            e.Tijdstip.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.Actor, e.Actie, e.Onderwerp, e.Voor ?? "", e.Na ?? "", vorigeHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

public sealed record AuditKop(long Volgnummer, string Hash, ETag? ETag);
