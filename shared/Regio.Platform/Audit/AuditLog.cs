using System.Globalization;
using System.Runtime.CompilerServices;
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
    public static async Task<string?> VerifyAsync(TableClient table, string partitionKey, CancellationToken cancellationToken) =>
        (await VerifyChainAsync(table, partitionKey, cancellationToken).ConfigureAwait(false)).Breuk switch
        {
            null => null,
            Ketenbreuk.Ontbreekt o => $"Gebeurtenis {o.Volgnummer} ontbreekt in {partitionKey}; gevonden: {o.Gevonden}.",
            Ketenbreuk.Gewijzigd g => $"De keten van {partitionKey} is verbroken bij gebeurtenis {g.Volgnummer}.",
            Ketenbreuk.KopWijktAf k => $"De kop van de keten van {partitionKey} wijst naar gebeurtenis {k.Volgnummer}, de laatste is {k.Laatste}.",
            _ => throw new InvalidOperationException("Onbekende ketenbreuk."),
        };

    /// <summary>Walks the chain: how many events it holds, and where it first breaks.</summary>
    public static async Task<Ketenuitkomst> VerifyChainAsync(TableClient table, string partitionKey, CancellationToken cancellationToken)
    {
        var uitkomst = await WalkAsync(table, partitionKey, cancellationToken).ConfigureAwait(false);
        // The head is read after the walk, so an append in between looks like a head that runs ahead. Events are never
        // changed, so only that can be a race: a second walk tells it from a real break.
        return uitkomst.Breuk is Ketenbreuk.KopWijktAf
            ? await WalkAsync(table, partitionKey, cancellationToken).ConfigureAwait(false)
            : uitkomst;
    }

    private static async Task<Ketenuitkomst> WalkAsync(TableClient table, string partitionKey, CancellationToken cancellationToken)
    {
        var vorige = Begin;
        long verwacht = 1;
        await foreach (var row in QueryEvents(table, partitionKey, cancellationToken).ConfigureAwait(false))
        {
            var volgnummer = row.GetInt64("Volgnummer") ?? -1;
            if (volgnummer != verwacht)
            {
                return new Ketenuitkomst(verwacht - 1, new Ketenbreuk.Ontbreekt(verwacht, volgnummer));
            }
            if (row.GetString("VorigeHash") != vorige || row.GetString("Hash") != Hash(volgnummer, ToEvent(row), vorige))
            {
                return new Ketenuitkomst(verwacht - 1, new Ketenbreuk.Gewijzigd(volgnummer));
            }
            vorige = row.GetString("Hash")!;
            verwacht++;
        }
        var laatste = verwacht - 1;
        var kop = await ReadKopAsync(table, partitionKey, cancellationToken).ConfigureAwait(false);
        return kop.Volgnummer == laatste && kop.Hash == vorige
            ? new Ketenuitkomst(laatste, null)
            : new Ketenuitkomst(laatste, new Ketenbreuk.KopWijktAf(kop.Volgnummer, laatste));
    }

    /// <summary>
    /// The partitions of <paramref name="table"/> that hold a chain: one query for the head rows and first events, only
    /// their partition keys, paged by the SDK. The first event finds a chain whose head was deleted. Storage scans the
    /// table for it, which a nightly check can afford.
    /// </summary>
    public static async IAsyncEnumerable<string> ListChainsAsync(TableClient table, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {KopRowKey} or RowKey eq {EventRowKey(1)}");
        string? vorige = null;
        // Rows come sorted by partition, so a chain's two rows arrive one after the other.
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.PartitionKey != vorige)
            {
                vorige = row.PartitionKey;
                yield return row.PartitionKey;
            }
        }
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
