using System.Globalization;
using Azure.Data.Tables;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Budgetten;

/// <summary>
/// A gemeente's budgets in the table "budgetten", in that gemeente's own partition: one head row per domain
/// ("budget|wmo") and one row per post ("budget|wmo|post|003"), amounts in whole euros.
/// </summary>
public sealed class BudgetStore(StorageClients clients)
{
    private TableClient Table => clients.Table(Names.BudgettenTable);

    public static string PartitionKey(GemeenteId gemeente) => $"gemeente|{gemeente}";

    public async Task<IReadOnlyList<Budget>> ListAsync(GemeenteId gemeente, CancellationToken cancellationToken)
    {
        var heads = new Dictionary<Domein, TableEntity>();
        var posten = new List<(Domein Domein, string RowKey, Post Post)>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(gemeente)} and RowKey gt {"budget|"} and RowKey lt {"budget}"}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var parts = row.RowKey.Split('|');
            var domein = Enum.Parse<Domein>(parts[1], ignoreCase: true);
            if (parts.Length == 2)
            {
                heads[domein] = row;
            }
            else
            {
                posten.Add((domein, row.RowKey, new Post(row.GetString("Naam")!, Json.Read<List<long>>(row.GetString("Bedragen")))));
            }
        }
        return heads.OrderBy(h => h.Key).Select(h => new Budget(
            gemeente,
            h.Key,
            Json.Read<List<int>>(h.Value.GetString("Jaren")),
            posten.Where(p => p.Domein == h.Key).OrderBy(p => p.RowKey, StringComparer.Ordinal).Select(p => p.Post).ToList(),
            h.Value.GetString("Bron") ?? "")).ToList();
    }

    /// <summary>Adds a domain's budget with all its posts; false (and no change) when that budget exists already.</summary>
    public Task<bool> AddAsync(Budget budget, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var pk = PartitionKey(budget.Gemeente);
        var head = $"budget|{budget.Domein.ToString().ToLowerInvariant()}";
        var rows = new List<TableEntity> { new(pk, head) { ["Jaren"] = Json.Write(budget.Jaren), ["Bron"] = budget.Bron } };
        rows.AddRange(budget.Posten.Select((p, i) => new TableEntity(pk, $"{head}|post|{i.ToString("D3", CultureInfo.InvariantCulture)}")
        {
            ["Naam"] = p.Naam,
            ["Bedragen"] = Json.Write(p.BedragenInEuro),
        }));
        return TableWrites.AddWithAuditAsync(Table, pk, rows, auditEvent, cancellationToken);
    }
}
