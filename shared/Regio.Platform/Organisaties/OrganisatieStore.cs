using Azure;
using Azure.Data.Tables;
using Regio.Domain.Organisaties;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Organisaties;

/// <summary>
/// Organisations and their people, in the table "organisaties":
/// <list type="bullet">
/// <item>partition "register": one row per organisation, with the audit chain of registrations, and one row per KvK
/// number ("kvk|{nummer}") naming the aanbieder that has it;</item>
/// <item>partition "organisatie|{id}": one row per member ("lid|{tid}|{oid}") with its roles, and the audit chain of
/// that organisation (role changes, sign-ins, refusals);</item>
/// <item>partition "tenant|{tid}": the allow-list ("organisatie|{id}": this tenant belongs to a registered
/// organisation) and the index from a person to their organisation ("lid|{oid}").</item>
/// </list>
/// The index rows follow the rows they point to and are rewritten idempotently, so a retry repairs an interrupted write.
/// </summary>
public sealed partial class OrganisatieStore(StorageClients clients)
{
    public const string RegisterPartition = "register";
    public const string RegisterPrefix = "organisatie|";

    private TableClient Table => clients.Table(Names.OrganisatiesTable);

    public static string OrganisatiePartition(OrganisatieId id) => $"organisatie|{id}";

    public static string RegisterRowKey(OrganisatieId id) => RegisterPrefix + id.Value;

    public static string KvkRowKey(KvkNummer kvk) => $"kvk|{kvk.Value}";

    private static string TenantPartition(Guid tenant) => $"tenant|{tenant:D}";

    private static string LidRowKey(Guid tenant, Guid objectId) => $"lid|{tenant:D}|{objectId:D}";

    /// <summary>Registers an organisation; false, changing nothing, when its id or its KvK number is taken.</summary>
    public async Task<bool> AddAsync(Organisatie organisatie, AuditEvent auditEvent, CancellationToken cancellationToken) =>
        await RegisterAsync(organisatie, auditEvent, cancellationToken).ConfigureAwait(false) is Registreren.Geregistreerd;

    /// <summary>Writes the allow-list row of the organisation's tenant when it is missing; one that exists is left alone.</summary>
    public async Task AllowTenantAsync(Organisatie organisatie, CancellationToken cancellationToken)
    {
        if (organisatie.TenantId is not { } tenant)
        {
            return;
        }
        try
        {
            await Table.AddEntityAsync(new TableEntity(TenantPartition(tenant), $"organisatie|{organisatie.Id}"), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }
    }

    public async Task<Organisatie?> GetAsync(OrganisatieId id, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(RegisterPartition, RegisterRowKey(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } value ? OrganisatieMapping.FromRow(value) : null;
    }

    /// <summary>Every registered organisation: one single-partition query.</summary>
    public async Task<IReadOnlyList<Organisatie>> ListAsync(OrganisatieScope beheer, CancellationToken cancellationToken)
    {
        _ = beheer;
        var list = new List<Organisatie>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RegisterPartition} and RowKey gt {RegisterPrefix} and RowKey lt {"organisatie}"}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(OrganisatieMapping.FromRow(row));
        }
        return list;
    }

    /// <summary>True when some registered organisation signs in with this Entra tenant.</summary>
    public async Task<bool> IsRegisteredTenantAsync(Guid tenant, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TenantPartition(tenant)} and RowKey gt {"organisatie|"} and RowKey lt {"organisatie}"}");
        await foreach (var _ in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return true;
        }
        return false;
    }

    /// <summary>The membership of a person, found through the tenant's index: two point reads.</summary>
    public async Task<(Lidmaatschap Lid, ETag ETag)?> FindLidAsync(Guid tenant, Guid objectId, CancellationToken cancellationToken)
    {
        var index = await Table.GetEntityIfExistsAsync<TableEntity>(TenantPartition(tenant), $"lid|{objectId:D}", cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!index.HasValue || index.Value?.GetString("Organisatie") is not { } organisatie)
        {
            return null;
        }
        return await GetLidAsync(new OrganisatieId(organisatie), tenant, objectId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The membership of a person in an organisation the index pointed to before: one point read, null when it is not there.</summary>
    public async Task<Lidmaatschap?> FindLidAsync(OrganisatieId organisatie, Guid tenant, Guid objectId, CancellationToken cancellationToken) =>
        (await GetLidAsync(organisatie, tenant, objectId, cancellationToken).ConfigureAwait(false))?.Item1;

    public async Task<IReadOnlyList<(Lidmaatschap Lid, ETag ETag)>> ListLedenAsync(OrganisatieScope scope, CancellationToken cancellationToken)
    {
        var leden = new List<(Lidmaatschap, ETag)>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {OrganisatiePartition(scope.Organisatie)} and RowKey gt {"lid|"} and RowKey lt {"lid}"}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            leden.Add((OrganisatieMapping.LidFromRow(row, scope.Organisatie), row.ETag));
        }
        return leden;
    }

    public async Task<(Lidmaatschap Lid, ETag ETag)?> GetLidAsync(OrganisatieScope scope, Guid tenant, Guid objectId, CancellationToken cancellationToken) =>
        await GetLidAsync(scope.Organisatie, tenant, objectId, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Appends an event to an organisation's access chain without changing anything else (sign-ins, refusals). It has its
    /// own chain, so a crowd signing in never holds up a change to the members.
    /// </summary>
    public async Task AuditAsync(string partitionKey, AuditEvent auditEvent, CancellationToken cancellationToken) =>
        (await ChangeWriter.AppendAsync(Table, new AuditKeten(partitionKey, "toegang"), auditEvent, cancellationToken).ConfigureAwait(false)).VersiesOfNull();

    /// <summary>Everything recorded in an organisation's partition (members, access), in the order it happened.</summary>
    public Task<IReadOnlyList<AuditEvent>> ReadAuditAsync(string partitionKey, CancellationToken cancellationToken) =>
        AuditLog.ReadPartitionAsync(Table, partitionKey, cancellationToken);

    private async Task<(Lidmaatschap, ETag)?> GetLidAsync(OrganisatieId organisatie, Guid tenant, Guid objectId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(OrganisatiePartition(organisatie), LidRowKey(tenant, objectId), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue && row.Value is { } value ? (OrganisatieMapping.LidFromRow(value, organisatie), value.ETag) : null;
    }
}

public enum LidSchrijven
{
    Geschreven,
    Conflict,
    AndereOrganisatie,
}
