using Azure;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>The gunning of one perceel as stored: the decision with its version (null: nothing drafted yet) and the letters sent.</summary>
public sealed record GelezenGunning(Gelezen<Gunningsbesluit>? Besluit, IReadOnlyList<Briefregistratie> Brieven);

/// <summary>
/// Gunningen in the table "trajecten", in the traject owner's partition (see <see cref="GunningRijen"/>). A concept is
/// written on its own with its audit event; sending and the definitive award write the gunning row together with the
/// letters or contracts and the traject row, in one transaction (<see cref="TrajectTransactie"/>).
/// </summary>
public sealed class GunningStore(StorageClients clients)
{
    private TableClient Table => clients.Table(Names.TrajectenTable);

    public async Task<GelezenGunning> GetAsync(Traject traject, int perceel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(traject);
        var partitie = TrajectStore.PartitionKey(traject.Eigenaar);
        var rij = await Table.GetEntityIfExistsAsync<TableEntity>(partitie, GunningRijen.GunningKey(traject.Id, perceel), cancellationToken: ct).ConfigureAwait(false);
        var besluit = rij.HasValue && rij.Value is { } r ? new Gelezen<Gunningsbesluit>(GunningRijen.ToBesluit(r), r.ETag) : null;
        var brieven = besluit?.Waarde.IsVerzonden == true
            ? await TrajectTransactie.ReadAsync(Table, GunningRijen.Bereik(partitie, GunningRijen.BriefPrefix(traject.Id, perceel)), GunningRijen.ToBrief, ct).ConfigureAwait(false)
            : [];
        return new GelezenGunning(besluit, brieven);
    }

    /// <summary>Adds the concept (<paramref name="expected"/> null) or replaces it if unchanged; null when the row refused.</summary>
    public async Task<ETag?> SaveConceptAsync(Traject traject, Gunningsbesluit besluit, ETag? expected, AuditEvent audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(traject);
        var uitkomst = await TrajectTransactie.WriteAsync(Table, TrajectStore.Keten(traject.Eigenaar, traject.Id), [Besluit(traject, besluit, expected)], audit, ct).ConfigureAwait(false);
        return uitkomst.ETags?[0];
    }

    /// <summary>The gunning row (replaced if it still has <paramref name="expected"/>) as an action of a larger transaction.</summary>
    internal static TableTransactionAction Besluit(Traject traject, Gunningsbesluit besluit, ETag? expected)
    {
        var rij = GunningRijen.Gunning(TrajectStore.PartitionKey(traject.Eigenaar), traject.Id, besluit);
        return expected is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, rij, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, rij);
    }

    internal static TableTransactionAction Brief(Traject traject, int perceel, Briefregistratie brief) =>
        new(TableTransactionActionType.Add, GunningRijen.Brief(TrajectStore.PartitionKey(traject.Eigenaar), traject.Id, perceel, brief));

    /// <summary>Writes the rows of one step and its audit event, all or nothing; see <see cref="Transactieuitkomst"/> for who refused.</summary>
    internal Task<Transactieuitkomst> SaveAsync(Traject traject, IReadOnlyList<TableTransactionAction> rijen, AuditEvent audit, CancellationToken ct) =>
        TrajectTransactie.WriteAsync(Table, TrajectStore.Keten(traject.Eigenaar, traject.Id), rijen, audit, ct);

    public Task<IReadOnlyList<AuditEvent>> GetHistoryAsync(Traject traject, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(traject);
        return AuditLog.ReadAsync(Table, TrajectStore.Keten(traject.Eigenaar, traject.Id), ct);
    }
}
