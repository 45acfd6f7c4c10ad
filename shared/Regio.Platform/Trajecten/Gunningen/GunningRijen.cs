using System.Globalization;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>A sent letter as registered: for whom, whether it won, where its DOCX lies and the SHA-256 it had when sent.</summary>
public sealed record Briefregistratie(string Inschrijver, string Naam, bool Gegund, string Blob, string Sha256, long Grootte, DateTimeOffset Verzonden);

/// <summary>
/// The gunning's rows in the traject owner's partition of "trajecten", beside the traject row so that a decision, the
/// dossier fact and phase it implies and the audit event are one transaction: "gunning|{traject}|{perceel}" holds the
/// decision, "brief|{traject}|{perceel}|{inschrijver}" one sent letter each.
/// </summary>
internal static class GunningRijen
{
    public static string GunningKey(TrajectId traject, int perceel) => string.Create(CultureInfo.InvariantCulture, $"gunning|{traject}|{perceel}");

    public static string BriefPrefix(TrajectId traject, int perceel) => string.Create(CultureInfo.InvariantCulture, $"brief|{traject}|{perceel}|");

    /// <summary>RowKeys from <paramref name="prefix"/> up to and excluding the next prefix: '}' sorts after every key character used here.</summary>
    public static string Bereik(string partitie, string prefix) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitie} and RowKey gt {prefix} and RowKey lt {prefix + "}"}");

    public static TableEntity Gunning(string partitie, TrajectId traject, Gunningsbesluit besluit) => new(partitie, GunningKey(traject, besluit.Perceel))
    {
        ["Traject"] = traject.Value,
        ["Perceel"] = besluit.Perceel,
        ["Status"] = besluit.Definitief is not null ? "definitief" : besluit.Verzonden is not null ? "verzonden" : "concept",
        ["Besluit"] = Json.Write(besluit),
    };

    public static Gunningsbesluit ToBesluit(TableEntity row) => Json.Read<Gunningsbesluit>(row.GetString("Besluit"));

    public static TableEntity Brief(string partitie, TrajectId traject, int perceel, Briefregistratie b) => new(partitie, BriefPrefix(traject, perceel) + b.Inschrijver)
    {
        ["Inschrijver"] = b.Inschrijver,
        ["Naam"] = b.Naam,
        ["Gegund"] = b.Gegund,
        ["Blob"] = b.Blob,
        ["Sha256"] = b.Sha256,
        ["Grootte"] = b.Grootte,
        ["Verzonden"] = b.Verzonden,
    };

    public static Briefregistratie ToBrief(TableEntity r) => new(
        r.GetString("Inschrijver") ?? "", r.GetString("Naam") ?? "", r.GetBoolean("Gegund") ?? false, r.GetString("Blob") ?? "",
        r.GetString("Sha256") ?? "", r.GetInt64("Grootte") ?? 0, r.GetDateTimeOffset("Verzonden") ?? default);
}
