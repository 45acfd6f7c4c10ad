using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>A budget as read, with the version of its head row: every change to the budget goes through that row.</summary>
public sealed record BudgetVersie(Budget Budget, Versie Versie);

/// <summary>
/// A gemeente's private partition in the table "budgetten" ("gemeente|haarlem", DESIGN rule 2): its budgets (one head
/// row per domain, "budget|wmo", and one row per post, "budget|wmo|post|003", amounts in whole euros), pending imports,
/// its shares of shared percelen and its lokale keuzes, with one audit chain. Readers pass the scope the access policy
/// gave them, so a query can only ever reach the partition of the gemeente it was allowed for.
/// </summary>
public sealed partial class BudgetStore(StorageClients clients)
{
    private TableClient Table => clients.Table(Names.BudgettenTable);

    public static string PartitionKey(GemeenteId gemeente) => $"gemeente|{gemeente}";

    public async Task<IReadOnlyList<BudgetVersie>> ListAsync(OrganisatieScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return await ReadAsync(new GemeenteId(scope.Organisatie.Value), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>For the demo load and its tests, which act for the platform itself.</summary>
    internal async Task<IReadOnlyList<Budget>> ListAsync(GemeenteId gemeente, CancellationToken cancellationToken) =>
        (await ReadAsync(gemeente, cancellationToken).ConfigureAwait(false)).Select(v => v.Budget).ToList();

    /// <summary>Adds a domain's budget with all its posts; false (and no change) when that budget exists already.</summary>
    public Task<bool> AddAsync(Budget budget, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var pk = PartitionKey(budget.Gemeente);
        return AddAsync(pk, [HeadRow(budget), .. PostRows(budget)], auditEvent, cancellationToken);
    }

    private async Task<IReadOnlyList<BudgetVersie>> ReadAsync(GemeenteId gemeente, CancellationToken cancellationToken)
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
        return heads.OrderBy(h => h.Key).Select(h => new BudgetVersie(new Budget(
            gemeente,
            h.Key,
            Json.Read<List<int>>(h.Value.GetString("Jaren")),
            posten.Where(p => p.Domein == h.Key).OrderBy(p => p.RowKey, StringComparer.Ordinal).Select(p => p.Post).ToList(),
            h.Value.GetString("Bron") ?? "",
            Enum.TryParse<BudgetStatus>(h.Value.GetString("Status"), out var status) ? status : BudgetStatus.Concept), Versie.Enkel(h.Value.ETag))).ToList();
    }

    private static string HeadKey(Domein domein) => $"budget|{domein.ToString().ToLowerInvariant()}";

    private static TableEntity HeadRow(Budget budget) => new(PartitionKey(budget.Gemeente), HeadKey(budget.Domein))
    {
        ["Jaren"] = Json.Write(budget.Jaren),
        ["Bron"] = budget.Bron,
        ["Status"] = budget.Status.ToString(),
    };

    private static IEnumerable<TableEntity> PostRows(Budget budget) => budget.Posten.Select((p, i) => new TableEntity(PartitionKey(budget.Gemeente), PostKey(budget.Domein, i))
    {
        ["Naam"] = p.Naam,
        ["Bedragen"] = Json.Write(p.BedragenInEuro),
    });

    private static string PostKey(Domein domein, int index) => $"{HeadKey(domein)}|post|{index.ToString("D3", CultureInfo.InvariantCulture)}";

    /// <summary>The chain of a gemeente's budget: its posts, shares, covers, imports and local choices, apart from any other gemeente's.</summary>
    public static AuditKeten Keten(string pk) => new(pk, "budget");

    /// <summary>The first row's new ETag, or the index of the row that refused (a stale ETag, a row that exists or is gone).</summary>
    private async Task<(ETag? ETag, int? Geweigerd)> WriteAsync(string pk, List<TableTransactionAction> rijen, AuditEvent auditEvent, CancellationToken cancellationToken) =>
        await ChangeWriter.WriteAsync(Table, Keten(pk), rijen, auditEvent, cancellationToken).ConfigureAwait(false) switch
        {
            WriteResult.Conflict c => (null, c.Index),
            WriteResult.Rejected r => (null, r.Index),
            var geschreven => (geschreven.VersiesOfNull()![0], null),
        };

    private async Task<bool> AddAsync(string pk, IReadOnlyList<TableEntity> rijen, AuditEvent auditEvent, CancellationToken cancellationToken) =>
        (await WriteAsync(pk, rijen.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)).ToList(), auditEvent, cancellationToken)
            .ConfigureAwait(false)).Geweigerd is null;
}
