using Azure;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Stukken;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Stukken;

/// <summary>
/// Tender documents: one row per document in the traject's owner partition of "trajecten" (RowKey
/// "stuk|{trajectId}|{stukId}", its versions as JSON), so a publication and its audit event share the traject's
/// transaction and chain; the files themselves in the publicaties container (see StukBlobs.cs).
/// </summary>
public sealed partial class StukStore(StorageClients clients)
{
    private TableClient Table => clients.Table(Names.TrajectenTable);

    private static string Prefix(TrajectId trajectId) => $"stuk|{trajectId}|";

    /// <summary>All documents of one traject: one range query in one partition.</summary>
    public async Task<IReadOnlyList<(Aanbestedingsstuk Stuk, ETag ETag)>> ListAsync(string partitionKey, TrajectId trajectId, CancellationToken cancellationToken)
    {
        var prefix = Prefix(trajectId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey gt {prefix} and RowKey lt {$"stuk|{trajectId}}}"}");
        var stukken = new List<(Aanbestedingsstuk, ETag)>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            stukken.Add((ToStuk(row, prefix), row.ETag));
        }
        return stukken;
    }

    public async Task<(Aanbestedingsstuk Stuk, ETag ETag)?> GetAsync(string partitionKey, TrajectId trajectId, string stukId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(partitionKey, Prefix(trajectId) + stukId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } gevonden ? (ToStuk(gevonden, Prefix(trajectId)), gevonden.ETag) : null;
    }

    /// <summary>
    /// Adds the document (<paramref name="expected"/> null) or replaces it if it still has <paramref name="expected"/>,
    /// with its audit event in the same transaction. Null when the row refused: it exists already, or it changed.
    /// </summary>
    public async Task<ETag?> SaveAsync(
        string partitionKey, TrajectId trajectId, Aanbestedingsstuk stuk, ETag? expected, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var row = ToRow(partitionKey, trajectId, stuk);
        var actie = expected is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, row);
        // A document's own chain: publishing one document never waits for another.
        var keten = new AuditKeten(partitionKey, $"traject|{trajectId.Value}|stuk|{stuk.Id}");
        return (await ChangeWriter.WriteAsync(Table, keten, [actie], auditEvent, cancellationToken).ConfigureAwait(false)).VersiesOfNull()?[0];
    }

    private static Aanbestedingsstuk ToStuk(TableEntity row, string prefix) => new(
        row.RowKey[prefix.Length..],
        row.GetString("Titel") ?? "",
        row.GetInt32("Perceel"),
        Json.Read<List<StukVersie>>(row.GetString("Versies")));

    private static TableEntity ToRow(string partitionKey, TrajectId trajectId, Aanbestedingsstuk stuk) => new(partitionKey, Prefix(trajectId) + stuk.Id)
    {
        ["Titel"] = stuk.Titel,
        ["Perceel"] = stuk.Perceel,
        ["Versies"] = Json.Write(stuk.Versies),
    };
}
