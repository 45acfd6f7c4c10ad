using System.Globalization;
using Azure.Data.Tables;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>
/// A gemeente's shares of shared percelen ("aandeel|{traject}|{perceel}"), kept in its own partition so that its budget
/// page reads its share without ever touching the regio's verdeling, which holds every gemeente's share.
/// </summary>
public sealed partial class BudgetStore
{
    private const string AandeelPrefix = "aandeel|";

    public async Task<IReadOnlyList<AandeelInPerceel>> ListAandelenAsync(OrganisatieScope scope, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(scope)} and RowKey gt {AandeelPrefix} and RowKey lt {"aandeel}"}");
        var aandelen = new List<AandeelInPerceel>();
        await foreach (var r in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            aandelen.Add(new AandeelInPerceel(
                new TrajectId(r.GetString("Traject")!), r.GetString("TrajectNaam") ?? "", r.GetInt32("Perceel") ?? 0, r.GetString("PerceelNaam") ?? "",
                Enum.TryParse<Domein>(r.GetString("Domein"), out var domein) ? domein : null,
                Json.Read<List<int>>(r.GetString("Jaren")), Json.Read<List<long>>(r.GetString("Bedragen")), Json.Read<List<long>>(r.GetString("Afronding")),
                r.GetString("Sleutel") ?? ""));
        }
        return aandelen;
    }

    /// <summary>
    /// Writes one gemeente's share with an audit event in that gemeente's own chain, so the gemeente can see when the regio
    /// changed what it pays. <paramref name="regio"/> is the coordinator's scope from the policy's verdeling decision.
    /// </summary>
    public async Task SaveAandeelAsync(OrganisatieScope regio, GemeenteId gemeente, AandeelInPerceel aandeel, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regio);
        ArgumentNullException.ThrowIfNull(aandeel);
        var pk = PartitionKey(gemeente);
        var rij = new TableEntity(pk, AandeelKey(aandeel.Traject, aandeel.Perceel))
        {
            ["Traject"] = aandeel.Traject.Value,
            ["TrajectNaam"] = aandeel.TrajectNaam,
            ["Perceel"] = aandeel.Perceel,
            ["PerceelNaam"] = aandeel.PerceelNaam,
            ["Domein"] = aandeel.Domein?.ToString(),
            ["Jaren"] = Json.Write(aandeel.Jaren),
            ["Bedragen"] = Json.Write(aandeel.Bedragen),
            ["Afronding"] = Json.Write(aandeel.Afronding),
            ["Sleutel"] = aandeel.Sleutel,
            ["VastgelegdDoor"] = regio.Organisatie.Value,
        };
        await WriteAsync(pk, [new TableTransactionAction(TableTransactionActionType.UpsertReplace, rij)], auditEvent, cancellationToken).ConfigureAwait(false);
    }

    private static string AandeelKey(TrajectId traject, int perceel) =>
        $"{AandeelPrefix}{traject}|{perceel.ToString("D3", CultureInfo.InvariantCulture)}";
}
