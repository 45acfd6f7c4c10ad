using Azure.Data.Tables;
using Regio.Domain.Organisaties;
using Regio.Platform.Storage;

namespace Regio.Platform.Organisaties;

internal static class OrganisatieMapping
{
    public static TableEntity ToRow(Organisatie o) => new(OrganisatieStore.RegisterPartition, OrganisatieStore.RegisterRowKey(o.Id))
    {
        ["Soort"] = o.Soort.ToString(),
        ["Naam"] = o.Naam,
        ["TenantId"] = o.TenantId,
        ["KvkNummer"] = o.Kvk?.Value,
        ["GastAccounts"] = o.GastAccounts,
        ["LeadGemeente"] = o.LeadGemeente?.Value,
        ["Status"] = o.Status.ToString(),
        ["Weigerreden"] = o.Weigerreden,
    };

    public static TableEntity KvkToRow(KvkNummer kvk, OrganisatieId organisatie) =>
        new(OrganisatieStore.RegisterPartition, OrganisatieStore.KvkRowKey(kvk)) { ["Organisatie"] = organisatie.Value };

    public static Organisatie FromRow(TableEntity row) => new(
        new OrganisatieId(row.RowKey[OrganisatieStore.RegisterPrefix.Length..]),
        Enum.Parse<OrganisatieSoort>(row.GetString("Soort")!),
        row.GetString("Naam")!,
        row.GetGuid("TenantId"),
        KvkNummer.TryParse(row.GetString("KvkNummer"), out var kvk) ? kvk : null,
        row.GetBoolean("GastAccounts") ?? false,
        row.GetString("LeadGemeente") is { } lead ? new OrganisatieId(lead) : null)
    {
        // A row written before organisations had a status was registered by a beheerder: confirmed.
        Status = Enum.TryParse<OrganisatieStatus>(row.GetString("Status"), out var status) ? status : OrganisatieStatus.Bevestigd,
        Weigerreden = row.GetString("Weigerreden"),
    };

    public static TableEntity LidToRow(string partitionKey, string rowKey, Lidmaatschap lid) => new(partitionKey, rowKey)
    {
        ["TenantId"] = lid.TenantId,
        ["ObjectId"] = lid.ObjectId,
        ["Naam"] = lid.Naam,
        ["Rollen"] = Json.Write(lid.Rollen.Order().Select(r => r.Naam())),
    };

    public static Lidmaatschap LidFromRow(TableEntity row, OrganisatieId organisatie) => new(
        row.GetGuid("TenantId") ?? Guid.Empty,
        row.GetGuid("ObjectId") ?? Guid.Empty,
        organisatie,
        row.GetString("Naam") ?? "",
        Json.Read<List<string>>(row.GetString("Rollen")).Select(r => Rollen.TryParse(r, out var rol) ? rol : (Rol?)null).OfType<Rol>().ToHashSet());
}
