using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;

namespace Regio.Platform.Trajecten;

/// <summary>Reading a traject's audit events, and verifying the chain of the partition they are part of.</summary>
public sealed partial class TrajectStore
{
    /// <summary>The events about one traject, oldest first: one range query in the owner's partition.</summary>
    public async Task<IReadOnlyList<AuditEvent>> ReadAuditAsync(Traject traject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(traject);
        var pk = PartitionKey(traject.Eigenaar);
        var onderwerp = $"traject:{traject.Id}";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey gt {"audit|"} and RowKey lt {"audit}"} and Onderwerp eq {onderwerp}");
        var events = new List<AuditEvent>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            events.Add(AuditLog.ToEvent(row));
        }
        return events;
    }

    /// <summary>
    /// Verifies the whole chain the traject's events belong to: a chain is per partition, so an edit anywhere in
    /// it (also in another traject of the same owner) breaks every later link and must be reported here too.
    /// </summary>
    public async Task<Ketencontrole> VerifyAuditAsync(Traject traject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(traject);
        var pk = PartitionKey(traject.Eigenaar);
        var breuk = await AuditLog.VerifyAsync(Table, pk, cancellationToken).ConfigureAwait(false);
        var kop = await AuditLog.ReadKopAsync(Table, pk, cancellationToken).ConfigureAwait(false);
        return new Ketencontrole(kop.Volgnummer, breuk);
    }
}

/// <summary>The outcome of walking an audit chain: how many events it holds, and the first break if there is one.</summary>
public sealed record Ketencontrole(long Gebeurtenissen, string? Breuk)
{
    public bool IsHeel => Breuk is null;
}
