using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Budgetten;

/// <summary>
/// The verdeling of a shared perceel ("verdeling|{traject}|{perceel}") in the traject's own partition of the table
/// "trajecten", so that it shares the traject's audit chain. Only the coordinator's scope reaches it; each gemeente
/// gets its own share as a copy in its own partition (<see cref="BudgetStore.SaveAandeelAsync"/>).
/// </summary>
public sealed class VerdelingStore(StorageClients clients)
{
    private const string Prefix = "verdeling|";

    private TableClient Table => clients.Table(Names.TrajectenTable);

    public async Task<IReadOnlyDictionary<int, (Verdeling Verdeling, ETag ETag)>> ListAsync(OrganisatieScope scope, Traject traject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(traject);
        var begin = $"{Prefix}{traject.Id}|";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TrajectStore.PartitionKey(traject.Eigenaar)} and RowKey gt {begin} and RowKey lt {begin + "~"}");
        var verdelingen = new Dictionary<int, (Verdeling, ETag)>();
        await foreach (var r in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            verdelingen[int.Parse(r.RowKey[begin.Length..], CultureInfo.InvariantCulture)] = (Lees(r), r.ETag);
        }
        return verdelingen;
    }

    /// <summary>
    /// Every verdeling of the regio's shared trajecten in one range query (the regio status). Only the regio's own scope
    /// reads them: a gemeente's scope gets nothing, as it may see its own share only, beside its budget.
    /// </summary>
    public async Task<IReadOnlyDictionary<(TrajectId Traject, int Perceel), Verdeling>> ListVoorRegioAsync(OrganisatieScope scope, RegioId regio, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var verdelingen = new Dictionary<(TrajectId, int), Verdeling>();
        if (scope.Organisatie.Value != regio.Value)
            return verdelingen;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TrajectStore.PartitionKey(new Eigenaar.DeRegio(regio))} and RowKey gt {Prefix} and RowKey lt {"verdeling}"}");
        await foreach (var r in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var delen = r.RowKey[Prefix.Length..].Split('|');
            if (delen.Length == 2 && int.TryParse(delen[1], CultureInfo.InvariantCulture, out var perceel))
                verdelingen[(new TrajectId(delen[0]), perceel)] = Lees(r);
        }
        return verdelingen;
    }

    private static Verdeling Lees(TableEntity r)
    {
        var sleutel = Json.Read<List<OpgeslagenRegel>>(r.GetString("Sleutel")).Select(s => new Sleutelregel(
            new GemeenteId(s.Gemeente), Breuk.TryLees(s.Fractie, out var f) ? f : null, s.Vast)).ToList();
        return new Verdeling(Json.Read<List<int>>(r.GetString("Jaren")), Json.Read<List<long>>(r.GetString("Contractwaarde")), sleutel);
    }

    /// <summary>Adds (<paramref name="expected"/> null) or replaces the verdeling with its audit event; null when the row refused.</summary>
    public async Task<ETag?> SaveAsync(
        OrganisatieScope scope, Traject traject, int perceel, Verdeling verdeling, ETag? expected, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(traject);
        ArgumentNullException.ThrowIfNull(verdeling);
        var pk = TrajectStore.PartitionKey(traject.Eigenaar);
        var rij = new TableEntity(pk, $"{Prefix}{traject.Id}|{perceel.ToString("D3", CultureInfo.InvariantCulture)}")
        {
            ["Jaren"] = Json.Write(verdeling.Jaren),
            ["Contractwaarde"] = Json.Write(verdeling.Contractwaarde),
            ["Sleutel"] = Json.Write(verdeling.Sleutel.Select(s => new OpgeslagenRegel(s.Gemeente.Value, s.Fractie is { } f ? $"{f.Teller}/{f.Noemer}" : null, s.VastPerJaar))),
        };
        var actie = expected is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, rij, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, rij);
        return (await ChangeWriter.WriteAsync(Table, TrajectStore.Keten(pk, traject.Id, perceel), [actie], auditEvent, cancellationToken).ConfigureAwait(false)).VersiesOfNull()?[0];
    }

    private sealed record OpgeslagenRegel(string Gemeente, string? Fractie, long? Vast);
}
