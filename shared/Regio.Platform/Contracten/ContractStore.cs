using Azure;
using Azure.Data.Tables;
using Regio.Domain.Contracten;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Contracten;

/// <summary>A contract as read: with the owner and participating gemeenten of its traject (for the access policy) and its version (one row).</summary>
public sealed record Contractversie(Contract Contract, Eigenaar Eigenaar, IReadOnlyList<string> Deelnemers, Versie Versie);

/// <summary>Reads contracts per owner partition (one range query each) and replaces one with its audit event.</summary>
public sealed class ContractStore(StorageClients clients)
{
    private TableClient Table => clients.Table(Names.TrajectenTable);

    public Task<IReadOnlyList<Contractversie>> ListAsync(Eigenaar eigenaar, CancellationToken ct) =>
        TrajectTransactie.ReadAsync(Table, ContractRijen.Bereik(TrajectStore.PartitionKey(eigenaar)), ContractRijen.ToVersie, ct);

    public async Task<Contractversie?> GetAsync(Eigenaar eigenaar, TrajectId traject, int perceel, string inschrijver, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(TrajectStore.PartitionKey(eigenaar), ContractRijen.Key(traject, perceel, inschrijver), cancellationToken: ct).ConfigureAwait(false);
        return row.HasValue && row.Value is { } r ? ContractRijen.ToVersie(r) : null;
    }

    /// <summary>Replaces the contract if it still has <paramref name="expected"/>; null when someone changed it meanwhile.</summary>
    public async Task<ETag?> ReplaceAsync(Contractversie versie, Contract nieuw, ETag expected, AuditEvent audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(versie);
        var rij = ContractRijen.Rij(TrajectStore.PartitionKey(versie.Eigenaar), nieuw, versie.Eigenaar, versie.Deelnemers);
        var uitkomst = await TrajectTransactie.WriteAsync(Table, TrajectStore.Keten(rij.PartitionKey, nieuw.Traject, nieuw.Perceel), [new TableTransactionAction(TableTransactionActionType.UpdateReplace, rij, expected)], audit, ct).ConfigureAwait(false);
        return uitkomst.ETags?[0];
    }

    /// <summary>A new contract as one action of the definitive award's transaction.</summary>
    internal static TableTransactionAction Nieuw(Contract contract, Eigenaar eigenaar, IReadOnlyList<string> deelnemers) =>
        new(TableTransactionActionType.Add, ContractRijen.Rij(TrajectStore.PartitionKey(eigenaar), contract, eigenaar, deelnemers));
}
