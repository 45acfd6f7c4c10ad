using Azure;
using Azure.Data.Tables;
using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using static Regio.Platform.Aanbieders.AanmeldingRijen;

namespace Regio.Platform.Aanbieders;

/// <summary>The registrations of one perceel as read: who registered (alone or as member) and the combinaties with their ETags.</summary>
public sealed record Perceelaanmeldingen(IReadOnlyList<Aanmelding> Aanmeldingen, IReadOnlyList<CombinatieVersie> Combinaties);

public sealed record CombinatieVersie(Combinatie Combinatie, ETag ETag);

public enum Schrijfuitkomst
{
    Gelukt,
    /// <summary>The combinatie changed since it was read.</summary>
    Verouderd,
    /// <summary>The aanbieder has a registration for this perceel already (alone or in a combinatie).</summary>
    AlAangemeld,
}

/// <summary>
/// Registrations in the table "aanmeldingen", one partition per perceel, so that a registration, the combinatie it
/// changes and its audit event are one transaction (DESIGN rule 5). The "deelname" row per aanbieder is added, never
/// replaced: that is what keeps an aanbieder to one registration per perceel, even when two requests race.
/// Combinaties are addressed by id alone, so the partition "combinatieindex" maps each id to its perceel.
/// </summary>
public sealed class AanmeldingStore(StorageClients clients)
{
    public const string IndexPartition = "combinatieindex";
    private TableClient Table => clients.Table(Names.AanmeldingenTable);

    public async Task<Perceelaanmeldingen> ListAsync(TrajectId traject, int perceel, CancellationToken ct)
    {
        var aanmeldingen = new List<Aanmelding>();
        var combinaties = new List<CombinatieVersie>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(traject, perceel)} and RowKey gt {CombinatiePrefix} and RowKey lt {"deelname}"}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            if (row.RowKey.StartsWith(Deelname, StringComparison.Ordinal))
            {
                aanmeldingen.Add(ToAanmelding(row, traject, perceel));
            }
            else if (row.RowKey.StartsWith(CombinatiePrefix, StringComparison.Ordinal))
            {
                combinaties.Add(new(ToCombinatie(row, traject, perceel), row.ETag));
            }
        }
        return new(aanmeldingen, combinaties);
    }

    public async Task<Aanmelding?> GetAanmeldingAsync(TrajectId traject, int perceel, OrganisatieId aanbieder, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(traject, perceel), DeelnameKey(aanbieder), cancellationToken: ct).ConfigureAwait(false);
        return row.HasValue && row.Value is { } gevonden ? ToAanmelding(gevonden, traject, perceel) : null;
    }

    public async Task<CombinatieVersie?> GetCombinatieAsync(TrajectId traject, int perceel, CombinatieId id, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(traject, perceel), CombinatieKey(id), cancellationToken: ct).ConfigureAwait(false);
        return row.HasValue && row.Value is { } gevonden ? new(ToCombinatie(gevonden, traject, perceel), gevonden.ETag) : null;
    }

    public async Task<CombinatieVersie?> GetCombinatieAsync(CombinatieId id, CancellationToken ct)
    {
        var index = await Table.GetEntityIfExistsAsync<TableEntity>(IndexPartition, id.Value, cancellationToken: ct).ConfigureAwait(false);
        return index.HasValue && index.Value is { } rij && rij.GetString("Traject") is { } traject && rij.GetInt32("Perceel") is { } perceel
            ? await GetCombinatieAsync(new TrajectId(traject), perceel, id, ct).ConfigureAwait(false)
            : null;
    }

    /// <summary>An aanbieder registers alone: false, changing nothing, when it has a registration for this perceel already.</summary>
    public async Task<bool> AddAanmeldingAsync(Aanmelding aanmelding, AuditEvent audit, CancellationToken ct) =>
        await WriteAsync(Keten(aanmelding), [new(TableTransactionActionType.Add, ToRow(aanmelding))], audit, ct).ConfigureAwait(false) is (Schrijfuitkomst.Gelukt, _);

    /// <summary>
    /// A new combinatie with its penvoerder's registration. The index row comes first and outside the transaction (it
    /// lives in another partition); an index row without a combinatie points at nothing and reads as not found.
    /// </summary>
    public async Task<(Schrijfuitkomst Uitkomst, ETag ETag)> AddCombinatieAsync(Combinatie combinatie, Aanmelding penvoerder, AuditEvent audit, CancellationToken ct)
    {
        await Table.UpsertEntityAsync(new TableEntity(IndexPartition, combinatie.Id.Value)
        {
            ["Traject"] = combinatie.Traject.Value,
            ["Perceel"] = combinatie.Perceel,
        }, TableUpdateMode.Replace, ct).ConfigureAwait(false);
        return await WriteAsync(Keten(combinatie),
            [new(TableTransactionActionType.Add, ToRow(combinatie)), new(TableTransactionActionType.Add, ToRow(penvoerder))], audit, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces the combinatie if it still has <paramref name="expected"/>; adds the registration of a member that
    /// confirmed, or removes that of a member taken out, in the same transaction.
    /// </summary>
    public Task<(Schrijfuitkomst Uitkomst, ETag ETag)> SaveCombinatieAsync(
        Combinatie combinatie, ETag expected, Aanmelding? bevestigd, OrganisatieId? verwijderd, AuditEvent audit, CancellationToken ct)
    {
        var acties = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, ToRow(combinatie), expected) };
        if (bevestigd is not null)
        {
            acties.Add(new(TableTransactionActionType.Add, ToRow(bevestigd)));
        }
        if (verwijderd is { } organisatie)
        {
            acties.Add(new(TableTransactionActionType.Delete, new TableEntity(PartitionKey(combinatie.Traject, combinatie.Perceel), DeelnameKey(organisatie)), ETag.All));
        }
        return WriteAsync(Keten(combinatie), acties, audit, ct);
    }

    /// <summary>An aanbieder's own chain in the perceel, so registrations side by side never wait for each other.</summary>
    private static AuditKeten Keten(Aanmelding aanmelding) => new(PartitionKey(aanmelding.Traject, aanmelding.Perceel), $"aanbieder|{aanmelding.Aanbieder.Value}");

    private static AuditKeten Keten(Combinatie combinatie) => new(PartitionKey(combinatie.Traject, combinatie.Perceel), $"combinatie|{combinatie.Id.Value}");

    private async Task<(Schrijfuitkomst, ETag)> WriteAsync(AuditKeten keten, List<TableTransactionAction> rows, AuditEvent audit, CancellationToken ct) =>
        await ChangeWriter.WriteAsync(Table, keten, rows, audit, ct).ConfigureAwait(false) switch
        {
            // An added "deelname" row that exists: this aanbieder registered already. Any other refusal of our rows is a stale read.
            WriteResult.Conflict { Reden: ConflictReden.BestaatAl } c when c.RowKey.StartsWith(Deelname, StringComparison.Ordinal) => (Schrijfuitkomst.AlAangemeld, default),
            WriteResult.Conflict or WriteResult.Rejected => (Schrijfuitkomst.Verouderd, default),
            var geschreven => (Schrijfuitkomst.Gelukt, geschreven.VersiesOfNull()![0]),
        };
}
