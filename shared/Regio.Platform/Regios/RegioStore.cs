using Azure.Data.Tables;
using Regio.Domain.Regios;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Regios;

/// <summary>A regio as read, with the version of its rows that a change must send back.</summary>
public sealed record Regioversie(Domain.Regios.Regio Regio, Versie Versie);

/// <summary>
/// A regio and its gemeenten, in one partition per regio of the table "regios": the root row "regio" (name,
/// centrumgemeente) and one row per member "gemeente|{id}" (name, subregio, order), with the audit chain "indeling".
/// Membership is these rows, so one gemeente can be a member of several regio's.
/// </summary>
public sealed partial class RegioStore(StorageClients clients)
{
    internal const string RootRowKey = "regio";
    internal const string GemeentePrefix = "gemeente|";
    private const string PartitionPrefix = "regio|";

    private TableClient Table => clients.Table(Names.RegiosTable);

    public static string PartitionKey(RegioId id) => $"{PartitionPrefix}{id}";

    public async Task<Domain.Regios.Regio?> GetAsync(RegioId id, CancellationToken cancellationToken) =>
        (await ReadAsync(id, cancellationToken).ConfigureAwait(false))?.Regio;

    /// <summary>The regio with the version of its rows; null when it does not exist. One query over its partition.</summary>
    public async Task<Regioversie?> ReadAsync(RegioId id, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == PartitionKey(id), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }
        return FromRows(id, rows);
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
            if (row.PartitionKey.StartsWith(PartitionPrefix, StringComparison.Ordinal))
            {
                ids.Add(new RegioId(row.PartitionKey[PartitionPrefix.Length..]));
            }
        }
        return ids;
    }

    /// <summary>Every regio with its gemeenten: one query over the root and member rows of the whole (small) table.</summary>
    public async Task<IReadOnlyList<Regioversie>> ListAllAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RootRowKey} or (RowKey gt {GemeentePrefix} and RowKey lt {"gemeente}"})");
        var perRegio = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.PartitionKey.StartsWith(PartitionPrefix, StringComparison.Ordinal))
            {
                if (!perRegio.TryGetValue(row.PartitionKey, out var rows))
                {
                    perRegio[row.PartitionKey] = rows = [];
                }
                rows.Add(row);
            }
        }
        return perRegio.Select(p => FromRows(new RegioId(p.Key[PartitionPrefix.Length..]), p.Value)).OfType<Regioversie>().ToList();
    }

    /// <summary>
    /// The regio's of which the gemeente is a member: a gemeente often takes part in more than one (a jeugdregio and a
    /// Wmo cooperation differ). One query on the member rows across the partitions of the small regios table.
    /// </summary>
    public async Task<IReadOnlyList<RegioId>> ListForGemeenteAsync(GemeenteId gemeente, CancellationToken cancellationToken)
    {
        var ids = new List<RegioId>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {GemeentePrefix + gemeente.Value}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.PartitionKey.StartsWith(PartitionPrefix, StringComparison.Ordinal))
            {
                ids.Add(new RegioId(row.PartitionKey[PartitionPrefix.Length..]));
            }
        }
        return ids;
    }

    /// <summary>Adds the regio with its gemeenten; false (and no change) when it exists already.</summary>
    public Task<bool> AddAsync(Domain.Regios.Regio regio, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regio);
        var pk = PartitionKey(regio.Id);
        var rows = new List<TableEntity> { RootRow(regio) };
        rows.AddRange(regio.Gemeenten.Select((g, i) => MemberRow(pk, g, i)));
        return ChangeWriter.AddAsync(Table, Keten(regio.Id), rows, auditEvent, cancellationToken);
    }

    /// <summary>Everything recorded about the regio's composition, in the order it happened.</summary>
    public Task<IReadOnlyList<AuditEvent>> ReadAuditAsync(RegioId id, CancellationToken cancellationToken) =>
        AuditLog.ReadPartitionAsync(Table, PartitionKey(id), cancellationToken);

    private static AuditKeten Keten(RegioId id) => new(PartitionKey(id), "indeling");

    private static TableEntity RootRow(Domain.Regios.Regio regio) => new(PartitionKey(regio.Id), RootRowKey)
    {
        ["Naam"] = regio.Naam,
        ["LeadGemeente"] = regio.LeadGemeente?.Value,
    };

    private static TableEntity MemberRow(string pk, Gemeente gemeente, int volgorde) => new(pk, GemeentePrefix + gemeente.Id)
    {
        ["Naam"] = gemeente.Naam,
        ["Subregio"] = gemeente.Subregio,
        ["Volgorde"] = volgorde,
    };

    private static Regioversie? FromRows(RegioId id, IReadOnlyList<TableEntity> rows)
    {
        var root = rows.FirstOrDefault(r => r.RowKey == RootRowKey);
        if (root is null)
        {
            return null;
        }
        var leden = rows.Where(r => r.RowKey.StartsWith(GemeentePrefix, StringComparison.Ordinal)).ToList();
        var gemeenten = leden
            .OrderBy(r => r.GetInt32("Volgorde") ?? 0)
            .Select(r => new Gemeente(new GemeenteId(r.RowKey[GemeentePrefix.Length..]), r.GetString("Naam")!, r.GetString("Subregio") ?? ""))
            .ToList();
        // A root row written before the centrumgemeente was kept has none: read as not recorded.
        var lead = root.GetString("LeadGemeente") is { Length: > 0 } l ? new GemeenteId(l) : (GemeenteId?)null;
        var regio = new Domain.Regios.Regio(id, root.GetString("Naam")!, gemeenten, lead);
        return new Regioversie(regio, Versie.Uit(leden.Prepend(root).Select(r => (r.RowKey, r.ETag))));
    }
}
