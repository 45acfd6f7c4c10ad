using Azure.Data.Tables;
using Regio.Domain.Regios;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Regios;

/// <summary>A regio and its gemeenten, in one partition per regio of the table "regios".</summary>
public sealed class RegioStore(StorageClients clients)
{
    private const string RootRowKey = "regio";
    private const string GemeentePrefix = "gemeente|";
    private const string RegioPrefix = "regio|";

    private TableClient Table => clients.Table(Names.RegiosTable);

    public static string PartitionKey(RegioId id) => RegioPrefix + id.Value;

    public async Task<Domain.Regios.Regio?> GetAsync(RegioId id, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == PartitionKey(id), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }
        return Lees(id, rows);
    }

    /// <summary>
    /// Every regio with its gemeenten, for what spans regio's (which regio's a gemeente takes part in, the start page's
    /// choice). One query over the root and member rows of the whole table: it holds a row per regio and per member.
    /// </summary>
    public async Task<IReadOnlyList<Domain.Regios.Regio>> ListAllAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RootRowKey} or (RowKey gt {GemeentePrefix} and RowKey lt {"gemeente}"})");
        var perRegio = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.PartitionKey.StartsWith(RegioPrefix, StringComparison.Ordinal))
            {
                (perRegio.TryGetValue(row.PartitionKey, out var rows) ? rows : perRegio[row.PartitionKey] = []).Add(row);
            }
        }
        return perRegio
            .Select(p => Lees(new RegioId(p.Key[RegioPrefix.Length..]), p.Value))
            .OfType<Domain.Regios.Regio>()
            .OrderBy(r => r.Naam, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true))
            .ToList();
    }

    /// <summary>The regio's a gemeente is a member of: a gemeente can take part in a jeugdregio and in a different Wmo cooperation.</summary>
    public async Task<IReadOnlyList<Domain.Regios.Regio>> ListForGemeenteAsync(GemeenteId gemeente, CancellationToken cancellationToken) =>
        [.. (await ListAllAsync(cancellationToken).ConfigureAwait(false)).Where(r => r.HeeftGemeente(gemeente))];

    private static Domain.Regios.Regio? Lees(RegioId id, IEnumerable<TableEntity> rows)
    {
        TableEntity? root = null;
        var gemeenten = new List<(int Volgorde, Gemeente Gemeente)>();
        foreach (var row in rows)
        {
            if (row.RowKey == RootRowKey)
            {
                root = row;
            }
            else if (row.RowKey.StartsWith(GemeentePrefix, StringComparison.Ordinal))
            {
                var gemeente = new Gemeente(new GemeenteId(row.RowKey[GemeentePrefix.Length..]), row.GetString("Naam")!, row.GetString("Subregio")!);
                gemeenten.Add((row.GetInt32("Volgorde") ?? 0, gemeente));
            }
        }
        return root is null
            ? null
            : new Domain.Regios.Regio(id, root.GetString("Naam")!, gemeenten.OrderBy(g => g.Volgorde).Select(g => g.Gemeente).ToList());
    }

    /// <summary>
    /// Every regio on the platform, for work that covers them all (background jobs). The regios table holds a handful of
    /// partitions, so one query over the root rows is cheap.
    /// </summary>
    public async Task<IReadOnlyList<RegioId>> ListAsync(CancellationToken cancellationToken)
    {
        var ids = new List<RegioId>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RootRowKey}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.PartitionKey.StartsWith(RegioPrefix, StringComparison.Ordinal))
            {
                ids.Add(new RegioId(row.PartitionKey[RegioPrefix.Length..]));
            }
        }
        return ids;
    }

    /// <summary>Adds the regio with its gemeenten; false (and no change) when it exists already.</summary>
    public Task<bool> AddAsync(Domain.Regios.Regio regio, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var pk = PartitionKey(regio.Id);
        var rows = new List<TableEntity> { new(pk, RootRowKey) { ["Naam"] = regio.Naam } };
        rows.AddRange(regio.Gemeenten.Select((g, i) => new TableEntity(pk, GemeentePrefix + g.Id)
        {
            ["Naam"] = g.Naam,
            ["Subregio"] = g.Subregio,
            ["Volgorde"] = i,
        }));
        return ChangeWriter.AddAsync(Table, new AuditKeten(pk, "indeling"), rows, auditEvent, cancellationToken);
    }
}
