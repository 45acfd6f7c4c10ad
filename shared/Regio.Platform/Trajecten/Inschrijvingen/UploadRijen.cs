using System.Globalization;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>
/// The rows of <see cref="Uploadregister"/> in the table "inschrijvingen". Per upload a row "upload|{soort}|{inschrijver}|{uploadId}"
/// in the perceel's partition, beside the submissions that may point to it; and per grant a reminder in the one partition
/// "uploadverloop", keyed "{expiry ticks}|…" so that the expired ones are one range query, removed once they are handled.
/// </summary>
internal static class UploadRijen
{
    public const string VerloopPartitie = "uploadverloop";

    public static string Key(Momentsoort soort, string inschrijver, string uploadId) => $"upload|{Indienmoment.Naam(soort)}|{inschrijver}|{uploadId}";

    public static string VerloopKey(Uploadregistratie u) =>
        string.Create(CultureInfo.InvariantCulture, $"{Ticks(u.Verloopt)}|{u.Traject}|{u.Perceel}|{Indienmoment.Naam(u.Soort)}|{u.Inschrijver}|{u.UploadId}");

    /// <summary>The reminders of grants that expired before <paramref name="grens"/>: a key "{ticks}|…" sorts below "{grens ticks}" exactly then.</summary>
    public static string VerlopenVoor(DateTimeOffset grens) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {VerloopPartitie} and RowKey lt {Ticks(grens)}");

    /// <summary>The upload as granted: a new grant (same upload id) replaces the row, so what it became starts over.</summary>
    public static TableEntity Rij(Uploadregistratie u) => new(InschrijvingRijen.Partitie(u.Traject, u.Perceel), Key(u.Soort, u.Inschrijver, u.UploadId))
    {
        ["Inschrijver"] = u.Inschrijver,
        ["UploadId"] = u.UploadId,
        ["Verloopt"] = u.Verloopt,
    };

    public static TableEntity Verloop(Uploadregistratie u) => new(VerloopPartitie, VerloopKey(u))
    {
        ["Traject"] = u.Traject.Value,
        ["Perceel"] = u.Perceel,
        ["Soort"] = Indienmoment.Naam(u.Soort),
        ["Inschrijver"] = u.Inschrijver,
        ["UploadId"] = u.UploadId,
        ["Verloopt"] = u.Verloopt,
    };

    /// <summary>Merged with the ETag that was read, in the submission's own transaction.</summary>
    public static TableEntity Ingediend(Uploadregistratie u, DateTimeOffset ontvangen) =>
        new(InschrijvingRijen.Partitie(u.Traject, u.Perceel), Key(u.Soort, u.Inschrijver, u.UploadId)) { ["Ingediend"] = ontvangen };

    public static TableEntity Opgeruimd(Uploadregistratie u, DateTimeOffset nu, long bytes) =>
        new(InschrijvingRijen.Partitie(u.Traject, u.Perceel), Key(u.Soort, u.Inschrijver, u.UploadId)) { ["Opgeruimd"] = nu, ["OpgeruimdeBytes"] = bytes };

    public static Uploadregistratie ToRegistratie(TrajectId traject, int perceel, Momentsoort soort, TableEntity row) => new(
        traject, perceel, soort, row.GetString("Inschrijver") ?? "", row.GetString("UploadId") ?? "",
        row.GetDateTimeOffset("Verloopt") ?? default, row.GetDateTimeOffset("Ingediend"), row.GetDateTimeOffset("Opgeruimd"), row.GetInt64("OpgeruimdeBytes") ?? 0);

    public static Uploadregistratie? FromVerloop(TableEntity row) =>
        Indienmoment.Lees(row.GetString("Soort")) is { } soort && row.GetString("Traject") is { } traject && row.GetInt32("Perceel") is { } perceel
            ? new(new TrajectId(traject), perceel, soort, row.GetString("Inschrijver") ?? "", row.GetString("UploadId") ?? "", row.GetDateTimeOffset("Verloopt") ?? default)
            : null;

    private static string Ticks(DateTimeOffset t) => t.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
