using System.Globalization;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>
/// How a dialogue looks in the table: one row per perceel ("dialoog|{trajectId}|001", participants and rounds as JSON)
/// and one row per session ("dialoogsessie|{trajectId}|001|002|aanbieder|{id}"), so each session can be read and
/// changed on its own and a participant's key makes a second session in the same round impossible.
/// </summary>
internal static class DialoogRijen
{
    public static string DialoogKey(TrajectId traject, int perceel) => $"dialoog|{traject}|{Drie(perceel)}";

    public static string SessiePrefix(TrajectId traject, int perceel) => $"dialoogsessie|{traject}|{Drie(perceel)}|";

    public static string SessieKey(TrajectId traject, int perceel, int ronde, string deelnemer) => $"{SessiePrefix(traject, perceel)}{Drie(ronde)}|{deelnemer}";

    /// <summary>The sessions of one perceel; '}' sorts right after '|', so this is exactly that range.</summary>
    public static string Sessies(string partitionKey, TrajectId traject, int perceel)
    {
        var prefix = SessiePrefix(traject, perceel);
        return TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey gt {prefix} and RowKey lt {prefix[..^1] + "}"}");
    }

    public static TableEntity ToRow(string partitionKey, TrajectId traject, int perceel, Dialoog dialoog) => new(partitionKey, DialoogKey(traject, perceel))
    {
        ["Traject"] = traject.Value,
        ["Perceel"] = perceel,
        ["Deelnemers"] = Json.Write(dialoog.Deelnemers),
        ["Rondes"] = Json.Write(dialoog.Rondes),
    };

    public static Dialoog ToDialoog(TableEntity row) => new(
        Json.Read<List<Dialoogdeelnemer>>(row.GetString("Deelnemers")),
        Json.Read<List<Dialoogronde>>(row.GetString("Rondes")));

    public static TableEntity ToRow(string partitionKey, TrajectId traject, int perceel, Dialoogsessie sessie) =>
        new(partitionKey, SessieKey(traject, perceel, sessie.Ronde, sessie.Deelnemer))
        {
            ["Traject"] = traject.Value,
            ["Perceel"] = perceel,
            ["Ronde"] = sessie.Ronde,
            ["Deelnemer"] = sessie.Deelnemer,
            ["Datum"] = sessie.Datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Tijd"] = sessie.Tijd.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["Locatie"] = sessie.Locatie,
            ["Verslag"] = sessie.Verslag is { } v ? Json.Write(v) : null,
        };

    public static Dialoogsessie ToSessie(TableEntity row) => new(
        row.GetInt32("Ronde") ?? 0,
        row.GetString("Deelnemer") ?? "",
        DateOnly.ParseExact(row.GetString("Datum") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly.ParseExact(row.GetString("Tijd") ?? "", "HH:mm", CultureInfo.InvariantCulture),
        row.GetString("Locatie") ?? "",
        row.GetString("Verslag") is { } verslag ? Json.Read<Sessieverslag>(verslag) : null);

    private static string Drie(int getal) => getal.ToString("D3", CultureInfo.InvariantCulture);
}
