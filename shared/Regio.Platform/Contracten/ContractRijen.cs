using System.Globalization;
using Azure.Data.Tables;
using Regio.Domain.Contracten;
using Regio.Domain.Trajecten;
using Regio.Platform.Storage;

namespace Regio.Platform.Contracten;

/// <summary>
/// Contracts in the traject owner's partition of "trajecten", RowKey "contract|{traject}|{perceel}|{inschrijver}", so the
/// definitive award writes them with the traject row and its audit event in one transaction. Besides the contract as
/// JSON, the row carries its dates and parties as plain columns, readable in Storage Explorer and by the status overview.
/// </summary>
internal static class ContractRijen
{
    public const string Prefix = "contract|";

    public static string Key(TrajectId traject, int perceel, string inschrijver) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{traject}|{perceel}|{inschrijver}");

    public static string Bereik(string partitie) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitie} and RowKey gt {Prefix} and RowKey lt {"contract}"}");

    public static TableEntity Rij(string partitie, Contract c, Eigenaar eigenaar, IReadOnlyList<string> deelnemers) =>
        new(partitie, Key(c.Traject, c.Perceel, c.Opdrachtnemer.Inschrijver))
        {
            ["Id"] = c.Id,
            ["Traject"] = c.Traject.Value,
            ["Perceel"] = c.Perceel,
            ["Inschrijver"] = c.Opdrachtnemer.Inschrijver,
            ["Opdrachtnemer"] = c.Opdrachtnemer.Naam,
            ["Eigenaar"] = eigenaar.Sleutel,
            ["Deelnemers"] = Json.Write(deelnemers),
            ["Startdatum"] = Datum(c.Startdatum),
            ["OorspronkelijkeStart"] = Datum(c.OorspronkelijkeStart),
            ["Einddatum"] = Datum(c.Einddatum),
            ["Evaluaties"] = Json.Write(c.Evaluaties.Select(e => Datum(e.Datum))),
            ["LooptijdJaren"] = c.LooptijdJaren,
            ["Bekostiging"] = c.Bekostiging.ToString(),
            ["BedragPerJaar"] = c.BedragPerJaar,
            ["Contract"] = Json.Write(c),
        };

    public static Contractversie ToVersie(TableEntity r) => new(
        Json.Read<Contract>(r.GetString("Contract")),
        Eigenaar.TryParse(r.GetString("Eigenaar"), out var eigenaar) ? eigenaar : throw new InvalidDataException($"Contract {r.RowKey} heeft geen eigenaar."),
        Json.Read<List<string>>(r.GetString("Deelnemers") ?? "[]"),
        Versie.Enkel(r.ETag));

    private static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
