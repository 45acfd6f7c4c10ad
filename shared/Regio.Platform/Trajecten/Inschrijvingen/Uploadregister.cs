using Azure;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>
/// An upload as the platform granted it: which blob, until when a browser could write it (<see cref="Verloopt"/>), and what
/// became of it: submitted, or removed because it never was.
/// </summary>
public sealed record Uploadregistratie(
    TrajectId Traject, int Perceel, Momentsoort Soort, string Inschrijver, string UploadId, DateTimeOffset Verloopt,
    DateTimeOffset? Ingediend = null, DateTimeOffset? Opgeruimd = null, long OpgeruimdeBytes = 0)
{
    public string BlobNaam => InschrijvingBlobs.BlobNaam(Traject, Perceel, Soort, Inschrijver, UploadId);
}

/// <summary>The reminder that a grant expired: <see cref="Upload"/> as it was granted then, and the key to remove the reminder by.</summary>
public sealed record Uploadherinnering(string Sleutel, Uploadregistratie Upload);

/// <summary>
/// Every upload grant, so that uploads that were never submitted can be found by their expiry instead of by listing the
/// container (see <see cref="UploadRijen"/>). A grant writes its reminder first and then its row with its audit event:
/// a reminder whose row never came is harmless, a row without a reminder would be an upload nobody ever cleans up.
/// A submission merges the rows of its files with the ETags it read, and the cleanup marks a row with the ETag it read
/// before it removes the blob, so of the two only one can win.
/// </summary>
public sealed class Uploadregister(StorageClients clients)
{
    private TableClient Table => clients.Table(Names.InschrijvingenTable);

    public async Task SaveAsync(Uploadregistratie upload, AuditEvent audit, CancellationToken ct)
    {
        await Table.UpsertEntityAsync(UploadRijen.Verloop(upload), TableUpdateMode.Replace, ct).ConfigureAwait(false);
        await TrajectTransactie.WriteAsync(Table, InschrijvingRijen.Keten(upload.Traject, upload.Perceel, upload.Inschrijver), [new TableTransactionAction(TableTransactionActionType.UpsertReplace, UploadRijen.Rij(upload))], audit, ct)
            .ConfigureAwait(false);
    }

    /// <summary>The upload's row as it stands, or null when it was never granted (or granted before grants were registered).</summary>
    public async Task<Gelezen<Uploadregistratie>?> GetAsync(TrajectId traject, int perceel, Momentsoort soort, string inschrijver, string uploadId, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(InschrijvingRijen.Partitie(traject, perceel), UploadRijen.Key(soort, inschrijver, uploadId), cancellationToken: ct)
            .ConfigureAwait(false);
        return row.HasValue && row.Value is { } r ? new(UploadRijen.ToRegistratie(traject, perceel, soort, r), r.ETag) : null;
    }

    /// <summary>The rows of a submission's files, as they stand; an upload granted before grants were registered has none.</summary>
    public async Task<IReadOnlyList<Gelezen<Uploadregistratie>>> ListAsync(
        TrajectId traject, int perceel, Momentsoort soort, string inschrijver, IEnumerable<string> uploadIds, CancellationToken ct)
    {
        var gelezen = new List<Gelezen<Uploadregistratie>>();
        foreach (var uploadId in uploadIds)
        {
            if (await GetAsync(traject, perceel, soort, inschrijver, uploadId, ct).ConfigureAwait(false) is { } upload)
                gelezen.Add(upload);
        }
        return gelezen;
    }

    /// <summary>The reminders of grants that expired before <paramref name="grens"/>, oldest first.</summary>
    public async IAsyncEnumerable<Uploadherinnering> ListVerlopenAsync(DateTimeOffset grens, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in Table.QueryAsync<TableEntity>(UploadRijen.VerlopenVoor(grens), cancellationToken: ct).ConfigureAwait(false))
        {
            // A reminder that cannot be read points nowhere; it goes, so it is not read again every night.
            if (UploadRijen.FromVerloop(row) is { } upload)
                yield return new Uploadherinnering(row.RowKey, upload);
            else
                await Table.DeleteEntityAsync(row.PartitionKey, row.RowKey, cancellationToken: ct).ConfigureAwait(false);
        }
    }

    /// <summary>Marks the upload removed, with its audit event, if its row is still as read; false when it changed meanwhile.</summary>
    public async Task<bool> MarkOpgeruimdAsync(Gelezen<Uploadregistratie> upload, DateTimeOffset nu, long bytes, AuditEvent audit, CancellationToken ct)
    {
        var actie = new TableTransactionAction(TableTransactionActionType.UpdateMerge, UploadRijen.Opgeruimd(upload.Waarde, nu, bytes), upload.ETag ?? ETag.All);
        return (await TrajectTransactie.WriteAsync(Table, InschrijvingRijen.Keten(upload.Waarde.Traject, upload.Waarde.Perceel, upload.Waarde.Inschrijver), [actie], audit, ct).ConfigureAwait(false)).ETags is not null;
    }

    /// <summary>The reminder is handled: the next run does not see it again.</summary>
    public async Task RemoveHerinneringAsync(Uploadherinnering herinnering, CancellationToken ct)
    {
        try
        {
            await Table.DeleteEntityAsync(UploadRijen.VerloopPartitie, herinnering.Sleutel, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    /// <summary>For the submission's transaction: each file's row merged as submitted, if still as read.</summary>
    internal static IEnumerable<TableTransactionAction> Ingediend(IEnumerable<Gelezen<Uploadregistratie>> uploads, DateTimeOffset ontvangen) =>
        uploads.Select(u => new TableTransactionAction(TableTransactionActionType.UpdateMerge, UploadRijen.Ingediend(u.Waarde, ontvangen), u.ETag ?? ETag.All));
}
