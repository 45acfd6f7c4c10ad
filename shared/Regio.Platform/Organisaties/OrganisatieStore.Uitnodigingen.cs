using Azure;
using Azure.Data.Tables;
using Regio.Domain.Organisaties;
using Regio.Platform.Audit;
using Regio.Platform.Organisaties.Uitnodigingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Organisaties;

/// <summary>
/// Invitations: rows "uitnodiging|{id}" and "uitnodiging-upn|{upn}" (the open one per address) in the organisation's
/// partition, on the chain of its members. Two index rows lead to them: "uitnodigingen"/"{id}" names the organisation
/// of a code, and "tenant|{tid}"/"uitnodiging|{upn}|{organisatie}" the organisations that invited an address of that
/// tenant. Index rows are written first and never removed: a stale one leads to an invitation that is no longer open.
/// </summary>
public sealed partial class OrganisatieStore
{
    private const string CodePartition = "uitnodigingen";

    public async Task<(Uitnodiging Uitnodiging, ETag ETag)?> GetUitnodigingAsync(OrganisatieId organisatie, string id, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(OrganisatiePartition(organisatie), UitnodigingMapping.RowPrefix + id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } value ? (UitnodigingMapping.FromRow(value, organisatie), value.ETag) : null;
    }

    /// <summary>The organisation an invitation code belongs to; null for a code that was never issued.</summary>
    public async Task<OrganisatieId?> FindUitnodigingAsync(string id, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(CodePartition, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value?.GetString("Organisatie") is { } organisatie ? new OrganisatieId(organisatie) : null;
    }

    /// <summary>The open invitation's id for an address, with the version of the row that says so.</summary>
    public async Task<(string Id, ETag ETag)?> GetOpenUitnodigingAsync(OrganisatieId organisatie, string upn, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(OrganisatiePartition(organisatie), UitnodigingMapping.UpnRowKey(upn), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value?.GetString("Id") is { } id ? (id, row.Value.ETag) : null;
    }

    public async Task<IReadOnlyList<Uitnodiging>> ListUitnodigingenAsync(OrganisatieScope scope, CancellationToken cancellationToken)
    {
        var lijst = new List<Uitnodiging>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {OrganisatiePartition(scope.Organisatie)} and RowKey gt {UitnodigingMapping.RowPrefix} and RowKey lt {"uitnodiging}"}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            lijst.Add(UitnodigingMapping.FromRow(row, scope.Organisatie));
        }
        return lijst;
    }

    /// <summary>The organisations that invited this address of this tenant: one single-partition range query.</summary>
    public async Task<IReadOnlyList<OrganisatieId>> FindUitnodigendeOrganisatiesAsync(Guid tenant, string upn, CancellationToken cancellationToken)
    {
        var prefix = $"uitnodiging|{upn}|";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TenantPartition(tenant)} and RowKey gt {prefix} and RowKey lt {prefix[..^1] + "}"}");
        var lijst = new List<OrganisatieId>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            lijst.Add(new OrganisatieId(row.RowKey[prefix.Length..]));
        }
        return lijst;
    }

    /// <summary>
    /// Stores a new invitation as the open one for its address: the address row is added, or replaced in the version
    /// <paramref name="vervangen"/> that was read (an expired invitation being reissued). A conflict changes nothing.
    /// </summary>
    public async Task<WriteResult> AddUitnodigingAsync(OrganisatieScope scope, Uitnodiging uitnodiging, ETag? vervangen, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uitnodiging);
        await Table.UpsertEntityAsync(new TableEntity(CodePartition, uitnodiging.Id) { ["Organisatie"] = scope.Organisatie.Value }, cancellationToken: cancellationToken).ConfigureAwait(false);
        await Table.UpsertEntityAsync(new TableEntity(TenantPartition(uitnodiging.Tenant), $"uitnodiging|{uitnodiging.Upn}|{scope.Organisatie}"), cancellationToken: cancellationToken).ConfigureAwait(false);
        var pk = OrganisatiePartition(scope.Organisatie);
        var upnRow = new TableEntity(pk, UitnodigingMapping.UpnRowKey(uitnodiging.Upn)) { ["Id"] = uitnodiging.Id };
        TableTransactionAction[] rows =
        [
            new(TableTransactionActionType.Add, UitnodigingMapping.ToRow(uitnodiging)),
            vervangen is { } etag ? new(TableTransactionActionType.UpdateReplace, upnRow, etag) : new(TableTransactionActionType.Add, upnRow),
        ];
        return await ChangeWriter.WriteAsync(Table, new AuditKeten(pk, "leden"), rows, auditEvent, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces an open invitation by its closed self (revoked) in the version read, and frees its address, in one transaction.
    /// </summary>
    public async Task<WriteResult> CloseUitnodigingAsync(OrganisatieScope scope, Uitnodiging gesloten, ETag gelezen, ETag upnGelezen, AuditEvent auditEvent, CancellationToken cancellationToken) =>
        await ChangeWriter.WriteAsync(Table, new AuditKeten(OrganisatiePartition(scope.Organisatie), "leden"), SluitRijen(gesloten, gelezen, upnGelezen), auditEvent, cancellationToken).ConfigureAwait(false);

    private static List<TableTransactionAction> SluitRijen(Uitnodiging gesloten, ETag gelezen, ETag upnGelezen) =>
    [
        new(TableTransactionActionType.UpdateReplace, UitnodigingMapping.ToRow(gesloten), gelezen),
        new(TableTransactionActionType.Delete, new TableEntity(OrganisatiePartition(gesloten.Organisatie), UitnodigingMapping.UpnRowKey(gesloten.Upn)), upnGelezen),
    ];

    /// <summary>
    /// The membership an invitation becomes, written with the invitation marked used and its address freed, in one
    /// transaction: of two first requests racing, one binds and the other finds the membership.
    /// </summary>
    public Task<(LidSchrijven Uitkomst, ETag ETag)> BindUitnodigingAsync(
        OrganisatieScope scope, Lidmaatschap lid, Uitnodiging gebruikt, ETag gelezen, ETag upnGelezen, AuditEvent auditEvent, CancellationToken cancellationToken) =>
        SaveLidAsync(scope, lid, null, SluitRijen(gebruikt, gelezen, upnGelezen), auditEvent, cancellationToken);
}
