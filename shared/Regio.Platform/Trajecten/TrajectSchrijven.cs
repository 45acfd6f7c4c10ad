using Azure;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten;

/// <summary>The answer of <see cref="TrajectStore.SaveAsync"/>: the new ETag, or that the caller's ETag was stale.</summary>
public sealed record TrajectOpgeslagen(ETag? ETag)
{
    public bool Verouderd => ETag is null;
}

/// <summary>Reading one traject by id and writing it back with the ETag that was read (DESIGN rule 5).</summary>
public sealed partial class TrajectStore
{
    /// <summary>
    /// Adds the traject and its audit event in one transaction, then its index row. Null when it exists already.
    /// The index row is written after (and outside) the transaction because it lives in another partition; it is
    /// written idempotently, also when the traject existed, so a crash between the two heals on the next try.
    /// </summary>
    public async Task<ETag?> AddWithETagAsync(Traject traject, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var etag = await SchrijfAsync(ToRow(traject), TableTransactionActionType.Add, default, auditEvent, cancellationToken).ConfigureAwait(false);
        await SchrijfIndexAsync(traject, cancellationToken).ConfigureAwait(false);
        return etag;
    }

    public async Task<(Traject Traject, ETag ETag)?> GetAsync(TrajectId id, CancellationToken cancellationToken)
    {
        var index = await Table.GetEntityIfExistsAsync<TableEntity>(IndexPartition, id.Value, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!index.HasValue || index.Value is not { } indexRow || !Eigenaar.TryParse(indexRow.GetString("Eigenaar"), out var eigenaar))
        {
            return null;
        }
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(eigenaar), Prefix + id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } gevonden ? (ToTraject(gevonden, eigenaar), gevonden.ETag) : null;
    }

    /// <summary>Like <see cref="ListForRegioAsync"/>, with each row's ETag so a reader can change what it read.</summary>
    public async Task<IReadOnlyList<(Traject Traject, ETag ETag)>> ListVersiesForRegioAsync(Domain.Regios.Regio regio, CancellationToken cancellationToken)
    {
        var owners = regio.Gemeenten.Select(g => (Eigenaar)new Eigenaar.EenGemeente(g.Id)).Prepend(new Eigenaar.DeRegio(regio.Id));
        var perOwner = await Task.WhenAll(owners.Select(async o =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(o)} and RowKey gt {Prefix} and RowKey lt {"traject}"}");
            var rows = new List<(Traject, ETag)>();
            await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows.Add((ToTraject(row, o), row.ETag));
            }
            return rows;
        })).ConfigureAwait(false);
        return perOwner.SelectMany(t => t).ToList();
    }

    /// <summary>Replaces the traject if it still has <paramref name="expected"/>, with its audit event in the same transaction.</summary>
    public async Task<TrajectOpgeslagen> SaveAsync(Traject traject, ETag expected, AuditEvent auditEvent, CancellationToken cancellationToken) =>
        new(await SchrijfAsync(ToRow(traject), TableTransactionActionType.UpdateReplace, expected, auditEvent, cancellationToken).ConfigureAwait(false));

    /// <summary>Null when the row itself refused (exists already, or a stale ETag).</summary>
    private async Task<ETag?> SchrijfAsync(
        TableEntity row, TableTransactionActionType type, ETag expected, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var uitkomst = await ChangeWriter.WriteAsync(Table, Keten(row.PartitionKey, new TrajectId(row.RowKey[Prefix.Length..])),
            MetStatus([new TableTransactionAction(type, row, expected)]), auditEvent, cancellationToken).ConfigureAwait(false);
        return uitkomst.VersiesOfNull()?[0];
    }

    private async Task SchrijfIndexAsync(Traject traject, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(new TableEntity(IndexPartition, traject.Id.Value) { ["Eigenaar"] = traject.Eigenaar.Sleutel }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already indexed: adding it twice changes nothing, so a second demo load leaves every ETag as it was.
        }
    }
}
