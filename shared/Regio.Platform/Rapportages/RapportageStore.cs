using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Regio.Domain.Rapportages;
using Regio.Domain.Regios;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Budgetten;

namespace Regio.Platform.Rapportages;

/// <summary>A letter as read, with the version a change must send back, and the stored document once it is final.</summary>
public sealed record RapportageVersie(Rapportage Rapportage, Versie Versie, RapportageBestand? Bestand);

/// <summary>
/// The regio's letters in table "rapportages", partition "regio|{id}", one row per month, with the partition's own audit
/// chain; every change and its audit event are one transaction (DESIGN rule 5). A final letter's document is a blob in
/// container "rapportages" under a name nobody can guess or reuse, written before the row that points at it.
/// </summary>
public sealed class RapportageStore(StorageClients clients)
{
    private TableClient Table => clients.Table(Names.RapportagesTable);

    private BlobContainerClient Container => clients.Container(Names.RapportagesContainer);

    public static string PartitionKey(RegioId regio) => $"regio|{regio}";

    /// <summary>All letters of the regio, newest month first: one range query over the month rows.</summary>
    public async Task<IReadOnlyList<RapportageVersie>> ListAsync(RegioId regio, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(regio)} and RowKey ge {"0000-00"} and RowKey le {"9999-99"}");
        var lijst = new List<RapportageVersie>();
        await foreach (var rij in Table.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            lijst.Add(RapportageRijen.Versie(rij, regio));
        }
        return [.. lijst.OrderByDescending(v => v.Rapportage.Maand)];
    }

    /// <summary>Each month's letter has its own chain.</summary>
    private static AuditKeten Keten(Rapportage rapportage) => new(PartitionKey(rapportage.Regio), $"rapportage|{rapportage.Maand}");

    public async Task<RapportageVersie?> GetAsync(RegioId regio, Maand maand, CancellationToken ct)
    {
        var rij = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(regio), maand.ToString(), cancellationToken: ct).ConfigureAwait(false);
        return rij.HasValue && rij.Value is { } gevonden ? RapportageRijen.Versie(gevonden, regio) : null;
    }

    /// <summary>Adds a new letter; null, and nothing written, when the month has one already.</summary>
    public async Task<ETag?> AddAsync(Rapportage rapportage, AuditEvent audit, CancellationToken ct)
    {
        var actie = new TableTransactionAction(TableTransactionActionType.Add, RapportageRijen.Rij(rapportage, null));
        return (await ChangeWriter.WriteAsync(Table, Keten(rapportage), [actie], audit, ct).ConfigureAwait(false)).VersiesOfNull()?[0];
    }

    /// <summary>Replaces the letter if it still has <paramref name="expected"/>; null, and nothing written, when it is stale.</summary>
    public async Task<ETag?> SaveAsync(Rapportage rapportage, RapportageBestand? bestand, ETag expected, AuditEvent audit, CancellationToken ct)
    {
        var actie = new TableTransactionAction(TableTransactionActionType.UpdateReplace, RapportageRijen.Rij(rapportage, bestand), expected);
        return (await ChangeWriter.WriteAsync(Table, Keten(rapportage), [actie], audit, ct).ConfigureAwait(false)).VersiesOfNull()?[0];
    }

    /// <summary>Stores a final letter's document under a new name (If-None-Match: *), so no upload ever replaces another.</summary>
    public async Task<RapportageBestand> UploadAsync(Rapportage rapportage, byte[] docx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rapportage);
        ArgumentNullException.ThrowIfNull(docx);
        var naam = $"{rapportage.Regio}/{rapportage.Maand}/{Guid.NewGuid():N}.docx";
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(docx));
        await Container.GetBlobClient(naam).UploadAsync(new BinaryData(docx), new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders { ContentType = RapportageDocx.ContentType },
            Metadata = new Dictionary<string, string> { ["sha256"] = sha256 },
        }, ct).ConfigureAwait(false);
        return new RapportageBestand(naam, sha256, docx.Length);
    }

    /// <summary>Removes a document whose row could not be written, so that no final-looking file without a letter stays behind.</summary>
    public Task RemoveAsync(RapportageBestand bestand, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bestand);
        return Container.GetBlobClient(bestand.BlobNaam).DeleteIfExistsAsync(cancellationToken: ct);
    }

    /// <summary>The stored bytes of a final letter; null when its blob is missing.</summary>
    public async Task<byte[]?> DownloadAsync(RapportageBestand bestand, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bestand);
        try
        {
            var inhoud = await Container.GetBlobClient(bestand.BlobNaam).DownloadContentAsync(ct).ConfigureAwait(false);
            return inhoud.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
