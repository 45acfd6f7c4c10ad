using Azure;
using Azure.Data.Tables;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Planning;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten;

/// <summary>
/// Trajecten in the table "trajecten", partitioned by owner: the regio's shared trajecten together,
/// each gemeente's local trajecten in that gemeente's own partition (DESIGN rule 2). A traject is one row;
/// its percelen (with their dossiers) and mijlpalen travel with it, so a phase change and its audit event share one
/// transaction. A traject is addressed by its id alone, so the partition "trajectindex" maps each id to its owner.
/// </summary>
public sealed partial class TrajectStore(StorageClients clients)
{
    private const string Prefix = "traject|";
    public const string IndexPartition = "trajectindex";

    private TableClient Table => clients.Table(Names.TrajectenTable);

    public static string PartitionKey(Eigenaar eigenaar) => eigenaar switch
    {
        Eigenaar.DeRegio r => $"regio|{r.Regio}",
        Eigenaar.EenGemeente g => $"gemeente|{g.Gemeente}",
        _ => throw new ArgumentOutOfRangeException(nameof(eigenaar)),
    };

    /// <summary>The audit chain of one traject: its own, so writes to different trajecten of one owner never wait for each other.</summary>
    public static AuditKeten Keten(Eigenaar eigenaar, TrajectId traject) => Keten(PartitionKey(eigenaar), traject);

    internal static AuditKeten Keten(string partitie, TrajectId traject) => new(partitie, $"traject|{traject.Value}");

    /// <summary>The audit chain of one perceel of a traject, for what happens per perceel (aanmeldingen, inschrijvingen, verdelingen).</summary>
    public static AuditKeten Keten(string partitie, TrajectId traject, int perceel) => new(partitie, $"traject|{traject.Value}|perceel|{perceel}");

    /// <summary>
    /// All trajecten owned by the regio or one of its gemeenten: one range query per owner,
    /// run side by side, so the round trips grow with the number of gemeenten and not with the data.
    /// </summary>
    public async Task<IReadOnlyList<Traject>> ListForRegioAsync(Domain.Regios.Regio regio, CancellationToken cancellationToken)
    {
        var owners = regio.Gemeenten.Select(g => (Eigenaar)new Eigenaar.EenGemeente(g.Id)).Prepend(new Eigenaar.DeRegio(regio.Id));
        var perOwner = await Task.WhenAll(owners.Select(o => ListForOwnerAsync(o, cancellationToken))).ConfigureAwait(false);
        return perOwner.SelectMany(t => t).ToList();
    }

    public async Task<IReadOnlyList<Traject>> ListForOwnerAsync(Eigenaar eigenaar, CancellationToken cancellationToken)
    {
        var pk = PartitionKey(eigenaar);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey gt {Prefix} and RowKey lt {"traject}"}");
        var trajecten = new List<Traject>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            trajecten.Add(ToTraject(row, eigenaar));
        }
        return trajecten;
    }

    /// <summary>Adds a new traject; false (and no change) when one with this id exists for this owner.</summary>
    public async Task<bool> AddAsync(Traject traject, AuditEvent auditEvent, CancellationToken cancellationToken) =>
        await AddWithETagAsync(traject, auditEvent, cancellationToken).ConfigureAwait(false) is not null;

    private static Traject ToTraject(TableEntity row, Eigenaar eigenaar) => new(
        new TrajectId(row.RowKey[Prefix.Length..]),
        row.GetString("Naam")!,
        eigenaar,
        Json.Read<List<string>>(row.GetString("Deelnemers")).Select(d => new GemeenteId(d)).ToList(),
        Enum.TryParse<Procedure>(row.GetString("Procedure"), out var procedure) ? procedure : null,
        row.GetString("ProcedureToelichting"),
        Json.Read<List<Perceel>>(row.GetString("Percelen")),
        Json.Read<List<GeplandeMijlpaal>>(row.GetString("Planning") ?? "[]"),
        Enum.TryParse<Domein>(row.GetString("Domein"), out var domein) ? domein : null,
        row.GetString("Contract") is { } contract ? Json.Read<Contractvoorwaarden>(contract) : null);

    private static TableEntity ToRow(Traject traject) => new(PartitionKey(traject.Eigenaar), Prefix + traject.Id)
    {
        ["Naam"] = traject.Naam,
        ["Eigenaar"] = traject.Eigenaar.Sleutel,
        ["Deelnemers"] = Json.Write(traject.Deelnemers.Select(d => d.Value)),
        ["Procedure"] = traject.Procedure?.ToString(),
        ["ProcedureToelichting"] = traject.ProcedureToelichting,
        ["Percelen"] = Json.Write(traject.Percelen),
        ["Planning"] = Json.Write(traject.Mijlpalen),
        ["Domein"] = traject.Domein?.ToString(),
        ["Contract"] = traject.Contract is { } c ? Json.Write(c) : null,
    };
}
