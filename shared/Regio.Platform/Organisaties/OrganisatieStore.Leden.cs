using Azure;
using Azure.Data.Tables;
using Regio.Domain.Organisaties;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Organisaties;

/// <summary>Writing a member: one person, one organisation.</summary>
public sealed partial class OrganisatieStore
{
    /// <summary>
    /// Writes a member's roles with the audit event in one transaction, and answers the member row's new ETag. <paramref name="expected"/> is the ETag that was
    /// read, or null for a new member: a stale ETag, or a member that appeared meanwhile, is a conflict and changes nothing.
    /// <para>
    /// One person, one organisation, enforced by storage: the person's index row in their tenant's partition is a claim
    /// that is added, never overwritten, before the membership. Of organisations racing for one person, exactly one adds
    /// it; the others read whose it is. It cannot share the membership's transaction, because it lives in the tenant's
    /// partition and the membership in the organisation's; a claim whose membership was refused is taken back.
    /// </para>
    /// </summary>
    public Task<(LidSchrijven Uitkomst, ETag ETag)> SaveLidAsync(OrganisatieScope scope, Lidmaatschap lid, ETag? expected, AuditEvent auditEvent, CancellationToken cancellationToken) =>
        SaveLidAsync(scope, lid, expected, [], auditEvent, cancellationToken);

    /// <param name="andere">Rows of the organisation's partition that change with the membership (an invitation being used).</param>
    private async Task<(LidSchrijven Uitkomst, ETag ETag)> SaveLidAsync(
        OrganisatieScope scope, Lidmaatschap lid, ETag? expected, IReadOnlyList<TableTransactionAction> andere, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var claim = await ClaimAsync(lid, scope.Organisatie, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            return (LidSchrijven.AndereOrganisatie, default);
        }
        var pk = OrganisatiePartition(scope.Organisatie);
        var row = OrganisatieMapping.LidToRow(pk, LidRowKey(lid.TenantId, lid.ObjectId), lid);
        TableTransactionAction write = expected is { } etag
            ? new(TableTransactionActionType.UpdateReplace, row, etag)
            : new(TableTransactionActionType.Add, row);
        var uitkomst = await ChangeWriter.WriteAsync(Table, new AuditKeten(pk, "leden"), [write, .. andere], auditEvent, cancellationToken).ConfigureAwait(false);
        if (uitkomst is WriteResult.Written { Versies: [var written, ..] })
        {
            return (LidSchrijven.Geschreven, written);
        }
        if (claim.Value.Nieuw && await GetLidAsync(scope.Organisatie, lid.TenantId, lid.ObjectId, cancellationToken).ConfigureAwait(false) is null)
        {
            await ReleaseClaimAsync(lid, claim.Value.ETag, cancellationToken).ConfigureAwait(false);
        }
        _ = uitkomst.VersiesOfNull();
        return (LidSchrijven.Conflict, default);
    }

    /// <summary>The person's claim for <paramref name="organisatie"/>: added now (<c>Nieuw</c>) or there already; null when another organisation holds it.</summary>
    private async Task<(bool Nieuw, ETag ETag)?> ClaimAsync(Lidmaatschap lid, OrganisatieId organisatie, CancellationToken cancellationToken)
    {
        var key = $"lid|{lid.ObjectId:D}";
        try
        {
            var added = await Table.AddEntityAsync(new TableEntity(TenantPartition(lid.TenantId), key) { ["Organisatie"] = organisatie.Value }, cancellationToken).ConfigureAwait(false);
            return (true, added.Headers.ETag ?? default);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var bestaand = await Table.GetEntityIfExistsAsync<TableEntity>(TenantPartition(lid.TenantId), key, cancellationToken: cancellationToken).ConfigureAwait(false);
            return bestaand.HasValue && bestaand.Value is { } rij && rij.GetString("Organisatie") == organisatie.Value ? (false, rij.ETag)
                // Taken back between the add and the read: nobody holds it now, so claim it again.
                : !bestaand.HasValue ? await ClaimAsync(lid, organisatie, cancellationToken).ConfigureAwait(false)
                : null;
        }
    }

    private async Task ReleaseClaimAsync(Lidmaatschap lid, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(TenantPartition(lid.TenantId), $"lid|{lid.ObjectId:D}", etag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Gone or changed meanwhile: it is not ours to take back any more.
        }
    }
}
