using Azure.Data.Tables;
using Regio.Domain.Organisaties;
using Regio.Platform.Storage;

namespace Regio.Platform.Organisaties.Uitnodigingen;

/// <summary>An invitation as a row "uitnodiging|{id}" in its organisation's partition.</summary>
internal static class UitnodigingMapping
{
    public const string RowPrefix = "uitnodiging|";

    /// <summary>The row that makes one open invitation per address per organisation: it names the open one.</summary>
    public static string UpnRowKey(string upn) => $"uitnodiging-upn|{upn}";

    public static TableEntity ToRow(Uitnodiging u) => new(OrganisatieStore.OrganisatiePartition(u.Organisatie), RowPrefix + u.Id)
    {
        ["Upn"] = u.Upn,
        ["Rollen"] = Json.Write(u.Rollen.Order().Select(r => r.Naam())),
        ["Tenant"] = u.Tenant,
        ["DoorActor"] = u.DoorActor,
        ["Verstuurd"] = u.Verstuurd,
        ["VerlooptOp"] = u.VerlooptOp,
        ["GebruiktTenantId"] = u.Gebruikt?.TenantId,
        ["GebruiktObjectId"] = u.Gebruikt?.ObjectId,
        ["GebruiktNaam"] = u.Gebruikt?.Naam,
        ["GebruiktOp"] = u.Gebruikt?.Op,
        ["IngetrokkenDoor"] = u.Ingetrokken?.DoorActor,
        ["IngetrokkenOp"] = u.Ingetrokken?.Op,
    };

    public static Uitnodiging FromRow(TableEntity row, OrganisatieId organisatie) => new(
        row.RowKey[RowPrefix.Length..],
        organisatie,
        row.GetString("Upn") ?? "",
        Json.Read<List<string>>(row.GetString("Rollen")).Select(r => Rollen.TryParse(r, out var rol) ? rol : (Rol?)null).OfType<Rol>().ToHashSet(),
        row.GetGuid("Tenant") ?? Guid.Empty,
        row.GetString("DoorActor") ?? "",
        row.GetDateTimeOffset("Verstuurd") ?? default,
        row.GetDateTimeOffset("VerlooptOp") ?? default,
        row.GetDateTimeOffset("GebruiktOp") is { } op
            ? new Uitnodigingsgebruik(row.GetGuid("GebruiktTenantId") ?? Guid.Empty, row.GetGuid("GebruiktObjectId") ?? Guid.Empty, row.GetString("GebruiktNaam") ?? "", op)
            : null,
        row.GetDateTimeOffset("IngetrokkenOp") is { } ingetrokken ? new Intrekking(row.GetString("IngetrokkenDoor") ?? "", ingetrokken) : null);
}
