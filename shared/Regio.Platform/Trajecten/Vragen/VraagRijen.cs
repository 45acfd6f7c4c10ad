using System.Globalization;
using Azure.Data.Tables;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Vragen;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Vragen;

/// <summary>
/// How questions and notas look in the table: readable columns, RowKeys that sort by number
/// ("vraag|jeugdhulp-2023|00007", "nvi|jeugdhulp-2023|002"), so one range query reads them in order.
/// </summary>
internal static class VraagRijen
{
    public static string VraagKey(TrajectId traject, int nummer) => $"vraag|{traject}|{nummer.ToString("D5", CultureInfo.InvariantCulture)}";

    public static string NotaKey(TrajectId traject, int nummer) => $"nvi|{traject}|{nummer.ToString("D3", CultureInfo.InvariantCulture)}";

    /// <summary>The filter for the rows of one kind of one traject; '}' sorts right after '|', so this is exactly that range.</summary>
    public static string Bereik(string partitionKey, string soort, TrajectId traject) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey gt {$"{soort}|{traject}|"} and RowKey lt {$"{soort}|{traject}}}"}");

    public static TableEntity ToRow(string partitionKey, TrajectId traject, Vraag vraag) => new(partitionKey, VraagKey(traject, vraag.Nummer))
    {
        ["Traject"] = traject.Value,
        ["Nummer"] = vraag.Nummer,
        ["Perceel"] = vraag.Perceel,
        ["Tekst"] = vraag.Tekst,
        ["GesteldOp"] = vraag.GesteldOp,
        ["VragenstellerOrganisatie"] = vraag.Vragensteller.Organisatie.Value,
        ["VragenstellerOrganisatieNaam"] = vraag.Vragensteller.OrganisatieNaam,
        ["VragenstellerPersoon"] = vraag.Vragensteller.Persoon,
        ["Antwoord"] = vraag.Antwoord?.Tekst,
        ["BeantwoordOp"] = vraag.Antwoord?.BeantwoordOp,
        ["BeantwoordDoor"] = vraag.Antwoord?.Door,
        ["NotaNummer"] = vraag.NotaNummer,
    };

    public static Vraag ToVraag(TableEntity row) => new(
        row.GetInt32("Nummer") ?? 0,
        row.GetInt32("Perceel"),
        row.GetString("Tekst") ?? "",
        row.GetDateTimeOffset("GesteldOp") ?? default,
        new Vragensteller(
            new OrganisatieId(row.GetString("VragenstellerOrganisatie") ?? ""),
            row.GetString("VragenstellerOrganisatieNaam") ?? "",
            row.GetString("VragenstellerPersoon") ?? ""),
        row.GetString("Antwoord") is { } antwoord
            ? new Antwoord(antwoord, row.GetDateTimeOffset("BeantwoordOp") ?? default, row.GetString("BeantwoordDoor") ?? "")
            : null,
        row.GetInt32("NotaNummer"));

    public static TableEntity ToRow(string partitionKey, TrajectId traject, NotaVanInlichtingen nota) => new(partitionKey, NotaKey(traject, nota.Nummer))
    {
        ["Traject"] = traject.Value,
        ["Nummer"] = nota.Nummer,
        ["GepubliceerdOp"] = nota.GepubliceerdOp,
        ["Vragen"] = Json.Write(nota.Vragen),
    };

    public static NotaVanInlichtingen ToNota(TableEntity row) => new(
        row.GetInt32("Nummer") ?? 0,
        row.GetDateTimeOffset("GepubliceerdOp") ?? default,
        Json.Read<List<int>>(row.GetString("Vragen")));
}
