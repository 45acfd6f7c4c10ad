using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>A dialogue or session as read, with the version a change must send back (null: nothing stored yet).</summary>
public sealed record Stand<T>(T Waarde, Versie? Versie);

/// <summary>
/// Dialogues in the table "trajecten", in the partition of the traject's owner, so every change shares one transaction
/// with the traject's audit chain. Shared documents are blobs "dialoog/{trajectId}/{perceel}/{ronde}/{id}" in the
/// publicaties container (no public access); a blob is only ever created, never overwritten.
/// </summary>
public sealed class DialoogStore(StorageClients clients)
{
    private TableClient Table => clients.Table(Names.TrajectenTable);

    private BlobContainerClient Container => clients.Container(Names.PublicatiesContainer);

    public async Task<Stand<Dialoog>> GetAsync(string partitionKey, TrajectId traject, int perceel, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(partitionKey, DialoogRijen.DialoogKey(traject, perceel), cancellationToken: ct).ConfigureAwait(false);
        return row.HasValue && row.Value is { } r ? new(DialoogRijen.ToDialoog(r), Versie.Enkel(r.ETag)) : new(Dialoog.Leeg, null);
    }

    /// <summary>Every session of the perceel: one range query. Callers filter what an actor may see.</summary>
    public Task<IReadOnlyList<Stand<Dialoogsessie>>> ListSessiesAsync(string partitionKey, TrajectId traject, int perceel, CancellationToken ct) =>
        TrajectTransactie.ReadAsync(Table, DialoogRijen.Sessies(partitionKey, traject, perceel), r => new Stand<Dialoogsessie>(DialoogRijen.ToSessie(r), Versie.Enkel(r.ETag)), ct);

    public async Task<Stand<Dialoogsessie>?> GetSessieAsync(string partitionKey, TrajectId traject, int perceel, int ronde, string deelnemer, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(partitionKey, DialoogRijen.SessieKey(traject, perceel, ronde, deelnemer), cancellationToken: ct).ConfigureAwait(false);
        return row.HasValue && row.Value is { } r ? new(DialoogRijen.ToSessie(r), Versie.Enkel(r.ETag)) : null;
    }

    /// <summary>Adds the dialogue (<paramref name="expected"/> null) or replaces it if unchanged; null when it refused.</summary>
    public async Task<ETag?> SaveAsync(string partitionKey, TrajectId traject, int perceel, Dialoog dialoog, ETag? expected, AuditEvent audit, CancellationToken ct)
    {
        var row = DialoogRijen.ToRow(partitionKey, traject, perceel, dialoog);
        return await SaveRowAsync(TrajectStore.Keten(partitionKey, traject, perceel), row, expected, audit, ct).ConfigureAwait(false);
    }

    public async Task<ETag?> SaveAsync(string partitionKey, TrajectId traject, int perceel, Dialoogsessie sessie, ETag? expected, AuditEvent audit, CancellationToken ct)
    {
        var row = DialoogRijen.ToRow(partitionKey, traject, perceel, sessie);
        return await SaveRowAsync(TrajectStore.Keten(partitionKey, traject, perceel), row, expected, audit, ct).ConfigureAwait(false);
    }

    public static string BlobNaam(TrajectId traject, int perceel, int ronde, string id) => $"dialoog/{traject}/{perceel}/{ronde}/{id}";

    /// <summary>Stores a new blob; null when one with this name exists (never overwritten).</summary>
    public async Task<ETag?> UploadAsync(string naam, Stream inhoud, string contentType, string sha256, CancellationToken ct)
    {
        var options = new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = new Dictionary<string, string> { ["sha256"] = sha256 },
        };
        try
        {
            return (await Container.GetBlobClient(naam).UploadAsync(inhoud, options, ct).ConfigureAwait(false)).Value.ETag;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return null;
        }
    }

    /// <summary>Removes a blob this caller just wrote, and only that one, when its row could not be written.</summary>
    public async Task RemoveAsync(string naam, ETag etag, CancellationToken ct)
    {
        try
        {
            await Container.GetBlobClient(naam).DeleteIfExistsAsync(conditions: new BlobRequestConditions { IfMatch = etag }, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
        }
    }

    public async Task<Stream?> OpenAsync(string naam, CancellationToken ct)
    {
        try
        {
            return (await Container.GetBlobClient(naam).DownloadStreamingAsync(cancellationToken: ct).ConfigureAwait(false)).Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private async Task<ETag?> SaveRowAsync(AuditKeten keten, TableEntity row, ETag? expected, AuditEvent audit, CancellationToken ct)
    {
        var actie = expected is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, row);
        var uitkomst = await TrajectTransactie.WriteAsync(Table, keten, [actie], audit, ct).ConfigureAwait(false);
        return uitkomst.ETags?[0];
    }
}
