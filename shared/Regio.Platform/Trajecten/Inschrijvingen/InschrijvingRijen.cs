using System.Globalization;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>
/// The rows of one perceel's partition "inschrijving|{trajectId}|{perceel}" in the table "inschrijvingen": per moment
/// "moment|{soort}" (documents, deadline, opening); per inschrijver a head "inschrijving|{soort}|{sleutel}" that each
/// submission replaces with its ETag; and every version as its own row "versie|{soort}|{sleutel}|{nnnn}", never changed.
/// Each granted upload has a row "upload|{soort}|{sleutel}|{uploadId}" too (see <see cref="UploadRijen"/>).
/// </summary>
internal static class InschrijvingRijen
{
    public static string Partitie(TrajectId traject, int perceel) => string.Create(CultureInfo.InvariantCulture, $"inschrijving|{traject}|{perceel}");

    /// <summary>The perceel's own chain: its moments, openings and assessment.</summary>
    public static AuditKeten Keten(TrajectId traject, int perceel) => new(Partitie(traject, perceel), "perceel");

    /// <summary>
    /// One inschrijver's chain in the perceel: its upload grants and submissions. Aanbieders submit side by side before
    /// a deadline; with a chain each, none of them waits for another.
    /// </summary>
    public static AuditKeten Keten(TrajectId traject, int perceel, string inschrijver) => new(Partitie(traject, perceel), $"inschrijver|{inschrijver}");

    public static string MomentKey(Momentsoort soort) => $"moment|{Indienmoment.Naam(soort)}";

    public static string KopKey(Momentsoort soort, string inschrijver) => $"inschrijving|{Indienmoment.Naam(soort)}|{inschrijver}";

    public static string VersieKey(Momentsoort soort, string inschrijver, int versie) =>
        string.Create(CultureInfo.InvariantCulture, $"versie|{Indienmoment.Naam(soort)}|{inschrijver}|{versie:D4}");

    /// <summary>RowKeys from <paramref name="prefix"/> up to and excluding the next prefix: '}' sorts after every key character used here.</summary>
    public static string Bereik(string partitie, string prefix) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitie} and RowKey gt {prefix} and RowKey lt {prefix + "}"}");

    public static TableEntity Moment(string partitie, Indienmoment moment) => new(partitie, MomentKey(moment.Soort))
    {
        ["Documenten"] = Json.Write(moment.Documenten),
        // As text: the deadline counts to the millisecond, whatever the table's own date precision.
        ["Sluiting"] = moment.Sluiting.ToString("O", CultureInfo.InvariantCulture),
        ["Opening"] = moment.Opening is { } o ? Json.Write(o) : null,
    };

    public static Indienmoment ToMoment(TableEntity row, Momentsoort soort) => new(
        soort,
        Json.Read<List<string>>(row.GetString("Documenten")),
        DateTimeOffset.Parse(row.GetString("Sluiting")!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        row.GetString("Opening") is { } opening ? Json.Read<Opening>(opening) : null);

    public static TableEntity Kop(string partitie, Momentsoort soort, Inschrijving inschrijving) => new(partitie, KopKey(soort, inschrijving.Inschrijver))
    {
        ["Inschrijver"] = inschrijving.Inschrijver,
        ["Naam"] = inschrijving.Naam,
        ["Versies"] = inschrijving.Versies.Count,
        ["Geldend"] = inschrijving.Geldend is not null,
    };

    public static TableEntity Versie(string partitie, Momentsoort soort, string inschrijver, Indiening indiening) =>
        new(partitie, VersieKey(soort, inschrijver, indiening.Versie))
        {
            ["Inschrijver"] = inschrijver,
            ["BewijsId"] = indiening.BewijsId,
            ["Indiening"] = Json.Write(indiening),
        };

    public static (string Inschrijver, Indiening Indiening) ToVersie(TableEntity row) =>
        (row.GetString("Inschrijver") ?? "", Json.Read<Indiening>(row.GetString("Indiening")));
}
