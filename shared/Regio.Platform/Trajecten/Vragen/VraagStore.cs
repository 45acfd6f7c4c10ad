using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Vragen;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Vragen;

/// <summary>A question as read, with the version an answer must send back.</summary>
public sealed record VraagVersie(Vraag Vraag, Versie Versie);

/// <summary>
/// Questions and Notas van Inlichtingen of a traject, in the table "trajecten" in the partition of the traject's owner,
/// so that every change shares one transaction with the traject's audit chain (DESIGN rule 5).
/// </summary>
public sealed class VraagStore(StorageClients clients)
{
    private TableClient Table => clients.Table(Names.TrajectenTable);

    /// <summary>All questions and notas of a traject: two range queries, side by side.</summary>
    public async Task<(IReadOnlyList<VraagVersie> Vragen, IReadOnlyList<NotaVanInlichtingen> Notas)> ListAsync(
        Eigenaar eigenaar, TrajectId traject, CancellationToken cancellationToken)
    {
        var partition = TrajectStore.PartitionKey(eigenaar);
        var vragen = QueryAsync(VraagRijen.Bereik(partition, "vraag", traject), r => new VraagVersie(VraagRijen.ToVraag(r), Versie.Enkel(r.ETag)), cancellationToken);
        var notas = QueryAsync(VraagRijen.Bereik(partition, "nvi", traject), VraagRijen.ToNota, cancellationToken);
        return (await vragen.ConfigureAwait(false), await notas.ConfigureAwait(false));
    }

    public async Task<VraagVersie?> GetAsync(Eigenaar eigenaar, TrajectId traject, int nummer, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(
            TrajectStore.PartitionKey(eigenaar), VraagRijen.VraagKey(traject, nummer), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } gevonden ? new VraagVersie(VraagRijen.ToVraag(gevonden), Versie.Enkel(gevonden.ETag)) : null;
    }

    /// <summary>Adds a new question; null (and no change) when its number was taken meanwhile.</summary>
    public async Task<ETag?> AddAsync(Eigenaar eigenaar, TrajectId traject, Vraag vraag, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var row = VraagRijen.ToRow(TrajectStore.PartitionKey(eigenaar), traject, vraag);
        var etags = await WriteAsync(Keten(row.PartitionKey, traject, vraag), [new(TableTransactionActionType.Add, row)], auditEvent, cancellationToken).ConfigureAwait(false);
        return etags?[0];
    }

    /// <summary>Replaces the question if it still has <paramref name="expected"/>; null when someone changed it meanwhile.</summary>
    public async Task<ETag?> SaveAsync(
        Eigenaar eigenaar, TrajectId traject, Vraag vraag, ETag expected, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var row = VraagRijen.ToRow(TrajectStore.PartitionKey(eigenaar), traject, vraag);
        var etags = await WriteAsync(Keten(row.PartitionKey, traject, vraag), [new(TableTransactionActionType.UpdateReplace, row, expected)], auditEvent, cancellationToken).ConfigureAwait(false);
        return etags?[0];
    }

    /// <summary>
    /// Adds the nota and marks its questions published, all in one transaction: every reader sees either none or all of
    /// its answers. False (and no change) when the nota's number was taken or one of the questions changed since it was read.
    /// </summary>
    public async Task<bool> PublishAsync(
        Eigenaar eigenaar, TrajectId traject, NotaVanInlichtingen nota, IReadOnlyList<VraagVersie> vragen,
        AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var partition = TrajectStore.PartitionKey(eigenaar);
        var actions = vragen.Select(v => new TableTransactionAction(TableTransactionActionType.UpdateReplace, VraagRijen.ToRow(partition, traject, v.Vraag), EenETag(v.Versie)))
            .Prepend(new TableTransactionAction(TableTransactionActionType.Add, VraagRijen.ToRow(partition, traject, nota)))
            .ToList();
        return await WriteAsync(new AuditKeten(partition, $"traject|{traject.Value}|nvi"), actions, auditEvent, cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>The version of a question this store read is always one row's ETag.</summary>
    private static ETag EenETag(Versie versie) =>
        versie.EnkeleETag ?? throw new ArgumentException("Een vraag wordt alleen gepubliceerd met de versie waarin zij gelezen is.", nameof(versie));

    /// <summary>A question's own chain: asking, answering and changing one question never waits for another.</summary>
    private static AuditKeten Keten(string partition, TrajectId traject, Vraag vraag) =>
        new(partition, string.Create(CultureInfo.InvariantCulture, $"traject|{traject.Value}|vraag|{vraag.Nummer}"));

    /// <summary>
    /// The ETags of <paramref name="rows"/>, or null when one of them refused. 400 on one of our rows: their content is
    /// checked before it gets here, so it is the If-Match the client sent, which is no ETag of ours; like a stale one.
    /// </summary>
    private async Task<IReadOnlyList<ETag>?> WriteAsync(
        AuditKeten keten, List<TableTransactionAction> rows, AuditEvent auditEvent, CancellationToken cancellationToken) =>
        (await ChangeWriter.WriteAsync(Table, keten, rows, auditEvent, cancellationToken).ConfigureAwait(false)).VersiesOfNull();

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string filter, Func<TableEntity, T> map, CancellationToken cancellationToken)
    {
        var result = new List<T>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(map(row));
        }
        return result;
    }
}
