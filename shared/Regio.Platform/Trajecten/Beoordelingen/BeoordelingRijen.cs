using System.Globalization;
using Azure.Data.Tables;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// The beoordeling's rows in the perceel's partition of "inschrijvingen" (beside the sealed submissions, in their
/// audit chain): "criteria", "commissie", "geldigheid|{inschrijver}", "beoordeling|{beoordelaar}|{inschrijver}",
/// "consensus|{inschrijver}", and "beoordelingsstand", which every change rewrites with its ETag so that each step
/// is decided on the beoordeling as it stood. Scores are one column each: a long motivation per point must fit.
/// </summary>
internal static class BeoordelingRijen
{
    public const string Stand = "beoordelingsstand";
    public const string Criteria = "criteria";
    public const string Commissie = "commissie";

    public static string GeldigheidKey(string inschrijver) => $"geldigheid|{inschrijver}";

    public static string BeoordelingKey(string beoordelaar, string inschrijver) => $"beoordeling|{beoordelaar}|{inschrijver}";

    public static string ConsensusKey(string inschrijver) => $"consensus|{inschrijver}";

    /// <summary>Every row of the beoordeling and the moment "inschrijving", in one single-partition query.</summary>
    public static string Alles(string partitie, string momentKey) => TableClient.CreateQueryFilter(
        $"PartitionKey eq {partitie} and (RowKey eq {Criteria} or RowKey eq {Commissie} or RowKey eq {momentKey} or (RowKey gt {"geldigheid|"} and RowKey lt {"geldigheid}"}) or (RowKey gt {"beoordeling|"} and RowKey lt {"beoordeling}"}) or (RowKey gt {"consensus|"} and RowKey lt {"consensus}"}))");

    public static TableEntity StandRij(string partitie, long wijzigingen) => new(partitie, Stand) { ["Wijzigingen"] = wijzigingen };

    public static TableEntity Rij(string partitie, Gunningscriteria criteria) => new(partitie, Criteria) { ["Criteria"] = Json.Write(criteria) };

    public static Gunningscriteria ToCriteria(TableEntity row) => Json.Read<Gunningscriteria>(row.GetString("Criteria"));

    public static TableEntity Rij(string partitie, IReadOnlyList<Beoordelaar> commissie) => new(partitie, Commissie) { ["Leden"] = Json.Write(commissie) };

    public static IReadOnlyList<Beoordelaar> ToCommissie(TableEntity row) => Json.Read<List<Beoordelaar>>(row.GetString("Leden"));

    public static TableEntity Rij(string partitie, Geldigheid g) => new(partitie, GeldigheidKey(g.Inschrijver)) { ["Geldigheid"] = Json.Write(g) };

    public static Geldigheid ToGeldigheid(TableEntity row) => Json.Read<Geldigheid>(row.GetString("Geldigheid"));

    public static TableEntity Rij(string partitie, IndividueleBeoordeling b)
    {
        var row = new TableEntity(partitie, BeoordelingKey(b.Beoordelaar, b.Inschrijver))
        {
            ["Beoordelaar"] = b.Beoordelaar,
            ["Inschrijver"] = b.Inschrijver,
            ["Ingediend"] = b.Ingediend,
        };
        return MetScores(row, b.Scores);
    }

    public static IndividueleBeoordeling ToBeoordeling(TableEntity row) =>
        new(row.GetString("Beoordelaar") ?? "", row.GetString("Inschrijver") ?? "", Scores(row), row.GetDateTimeOffset("Ingediend") ?? default);

    public static TableEntity Rij(string partitie, Consensus c)
    {
        var row = new TableEntity(partitie, ConsensusKey(c.Inschrijver))
        {
            ["Inschrijver"] = c.Inschrijver,
            ["Vastgesteld"] = c.Vastgesteld,
            ["VastgesteldDoor"] = c.VastgesteldDoor,
        };
        return MetScores(row, c.Scores);
    }

    public static Consensus ToConsensus(TableEntity row) =>
        new(row.GetString("Inschrijver") ?? "", Scores(row), row.GetDateTimeOffset("Vastgesteld") ?? default, row.GetString("VastgesteldDoor") ?? "");

    private static TableEntity MetScores(TableEntity row, IReadOnlyList<Score> scores)
    {
        row["Aantal"] = scores.Count;
        for (var i = 0; i < scores.Count; i++)
            row[ScoreKolom(i)] = Json.Write(scores[i]);
        return row;
    }

    private static List<Score> Scores(TableEntity row) =>
        Enumerable.Range(0, row.GetInt32("Aantal") ?? 0).Select(i => Json.Read<Score>(row.GetString(ScoreKolom(i)))).ToList();

    private static string ScoreKolom(int i) => string.Create(CultureInfo.InvariantCulture, $"Score{i:D3}");
}
