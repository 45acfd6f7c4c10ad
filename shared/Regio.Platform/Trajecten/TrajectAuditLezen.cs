using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;

namespace Regio.Platform.Trajecten;

/// <summary>Reading a traject's audit events, and verifying the chains they are part of.</summary>
public sealed partial class TrajectStore
{
    /// <summary>
    /// The events about one traject, in the order they happened: one range query in the owner's partition, over every
    /// chain there (the traject's own, its percelen's, and the partition chain of before chains had names).
    /// </summary>
    public async Task<IReadOnlyList<AuditEvent>> ReadAuditAsync(Traject traject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(traject);
        var pk = PartitionKey(traject.Eigenaar);
        var onderwerp = $"traject:{traject.Id}";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey gt {"audit|"} and RowKey lt {"audit}"} and Onderwerp eq {onderwerp}");
        var rows = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }
        return AuditLog.InVolgorde(rows);
    }

    /// <summary>
    /// Verifies the chains the traject's events belong to: its own and its percelen's, and the partition chain of before
    /// chains had names (where an edit anywhere breaks every later link, so it must be reported here too).
    /// </summary>
    public async Task<Ketencontrole> VerifyAuditAsync(Traject traject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(traject);
        var eigen = Keten(traject.Eigenaar, traject.Id).Naam;
        var (gebeurtenissen, breuk) = await AuditControle.VerifyAsync(Table, PartitionKey(traject.Eigenaar),
            k => k.IsPartitieketen || k.Naam == eigen || k.Naam.StartsWith(eigen + "|", StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
        return new Ketencontrole(gebeurtenissen, breuk);
    }
}

/// <summary>The outcome of walking an audit chain: how many events it holds, and the first break if there is one.</summary>
public sealed record Ketencontrole(long Gebeurtenissen, string? Breuk)
{
    public bool IsHeel => Breuk is null;
}
