using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Regio.Domain.Budgetten;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>
/// Which post pays each share ("dekking|{traject}|{perceel}"): a row of its own beside the share, because the regio
/// replaces the share row whole when it changes the verdeling and must not wipe out the gemeente's own choice.
/// </summary>
public sealed partial class BudgetStore
{
    private const string DekkingPrefix = "dekking|";

    public async Task<IReadOnlyList<(Dekking Dekking, ETag ETag)>> ListDekkingenAsync(OrganisatieScope scope, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(scope)} and RowKey gt {DekkingPrefix} and RowKey lt {"dekking}"}");
        var dekkingen = new List<(Dekking, ETag)>();
        await foreach (var r in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (Enum.TryParse<Domein>(r.GetString("Domein"), out var domein))
            {
                dekkingen.Add((new Dekking(new TrajectId(r.GetString("Traject")!), r.GetInt32("Perceel") ?? 0, domein, r.GetString("Post") ?? ""), r.ETag));
            }
        }
        return dekkingen;
    }

    /// <summary>
    /// Sets (<paramref name="dekking"/>) or clears (null) the post of one share, with its audit event: adds when
    /// <paramref name="expected"/> is null, else only if the row still has that ETag. Null when the row refused.
    /// </summary>
    public async Task<ETag?> SaveDekkingAsync(
        OrganisatieScope scope, TrajectId traject, int perceel, Dekking? dekking, ETag? expected, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var pk = Partition(scope);
        var rij = new TableEntity(pk, $"{DekkingPrefix}{traject}|{perceel.ToString("D3", CultureInfo.InvariantCulture)}");
        if (dekking is not null)
        {
            rij["Traject"] = dekking.Traject.Value;
            rij["Perceel"] = dekking.Perceel;
            rij["Domein"] = dekking.Domein.ToString();
            rij["Post"] = dekking.Post;
        }
        var actie = (dekking, expected) switch
        {
            (null, { } etag) => new TableTransactionAction(TableTransactionActionType.Delete, rij, etag),
            (_, { } etag) => new TableTransactionAction(TableTransactionActionType.UpdateReplace, rij, etag),
            _ => new TableTransactionAction(TableTransactionActionType.Add, rij),
        };
        var (nieuw, geweigerd) = await WriteAsync(pk, [actie], auditEvent, cancellationToken).ConfigureAwait(false);
        // A delete answers no ETag of its own; the row is gone, so any non-null value tells the caller it worked.
        return geweigerd is null ? nieuw ?? ETag.All : null;
    }
}
