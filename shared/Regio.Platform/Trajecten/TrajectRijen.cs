using System.Globalization;
using Azure.Data.Tables;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Planning;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten;

/// <summary>
/// How a traject lies in its owner's partition: a header row "traject|{id}|kop", a row per mijlpaal
/// ("traject|{id}|mijlpaal|0001"), per perceel ("traject|{id}|perceel|001", its dossier without the bezwaren) and per
/// bezwaar ("traject|{id}|perceel|001|bezwaar|0001", its long texts in columns of their own). Every key of one traject starts with "traject|{id}|" and an id
/// has no "|" (<see cref="NieuwTraject"/>), so one range query reads exactly one traject. A row's name in a
/// <see cref="Versie"/> is its key after that prefix. Storage from older builds holds the whole traject in one row
/// "traject|{id}" (<see cref="Oud"/>); it is read as it is and written as rows on the traject's next change.
/// </summary>
internal static class TrajectRijen
{
    public const string Prefix = "traject|";
    public const string Kop = "kop";

    /// <summary>The name of the old single row in a <see cref="Versie"/>.</summary>
    public const string Oud = "oud";

    private const string Perceelrij = "perceel|";
    private const string Mijlpaalrij = "mijlpaal|";

    public static string Sleutel(TrajectId id, string naam) => $"{Prefix}{id}|{naam}";

    public static string OudeSleutel(TrajectId id) => Prefix + id;

    public static string Perceel(int nummer) => Perceelrij + nummer.ToString("D3", CultureInfo.InvariantCulture);

    public static string Bezwaar(int perceel, int nummer) => $"{Perceel(perceel)}|bezwaar|{nummer.ToString("D4", CultureInfo.InvariantCulture)}";

    public static string Mijlpaal(MijlpaalId id) => Mijlpaalrij + id.Value.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The rows that change together: the header with the planning, or one perceel with its bezwaren.</summary>
    public static string Eenheid(string naam) => naam.StartsWith(Perceelrij, StringComparison.Ordinal) ? naam[..(Perceelrij.Length + 3)] : Kop;

    /// <summary>Exactly the rows of one traject: "}" is the character after "|".</summary>
    public static string Bereik(string partitie, TrajectId id) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitie} and RowKey ge {$"{Prefix}{id}|"} and RowKey lt {$"{Prefix}{id}}}"}");

    public static string AlleBereik(string partitie) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitie} and RowKey gt {Prefix} and RowKey lt {"traject}"}");

    /// <summary>The traject's id and the row's name; the name is null for an old single row.</summary>
    public static (TrajectId Id, string? Naam) Ontleed(string rowKey)
    {
        var rest = rowKey[Prefix.Length..];
        var scheiding = rest.IndexOf('|', StringComparison.Ordinal);
        return scheiding < 0 ? (new TrajectId(rest), null) : (new TrajectId(rest[..scheiding]), rest[(scheiding + 1)..]);
    }

    public static Dictionary<string, TableEntity> Rijen(string partitie, Traject traject)
    {
        var kop = new TableEntity(partitie, Sleutel(traject.Id, Kop))
        {
            ["Eigenaar"] = traject.Eigenaar.Sleutel,
            ["Naam"] = traject.Naam,
            ["Deelnemers"] = Json.Write(traject.Deelnemers.Select(d => d.Value)),
            ["Procedure"] = traject.Procedure?.ToString(),
            ["ProcedureToelichting"] = traject.ProcedureToelichting,
            ["Domein"] = traject.Domein?.ToString(),
            ["Contract"] = traject.Contract is { } c ? Json.Write(c) : null,
            ["Mijlpalen"] = traject.Mijlpalen.Count,
        };
        var rijen = new Dictionary<string, TableEntity>(StringComparer.Ordinal) { [Kop] = kop };
        foreach (var mijlpaal in traject.Mijlpalen)
        {
            rijen[Mijlpaal(mijlpaal.Id)] = MetJson(new TableEntity(partitie, Sleutel(traject.Id, Mijlpaal(mijlpaal.Id))), "Mijlpaal", mijlpaal);
        }
        foreach (var perceel in traject.Percelen)
        {
            var rij = new TableEntity(partitie, Sleutel(traject.Id, Perceel(perceel.Nummer))) { ["Nummer"] = perceel.Nummer, ["Naam"] = perceel.Naam, ["Bezwaren"] = perceel.Dossier.Bezwaren.Count };
            MetJson(rij, "Overgangen", perceel.Overgangen);
            rijen[Perceel(perceel.Nummer)] = MetJson(rij, "Dossier", perceel.Dossier with { Bezwaren = [] });
            for (var i = 0; i < perceel.Dossier.Bezwaren.Count; i++)
            {
                var naam = Bezwaar(perceel.Nummer, i + 1);
                rijen[naam] = BezwaarRij(new TableEntity(partitie, Sleutel(traject.Id, naam)) { ["Perceel"] = perceel.Nummer, ["Nummer"] = i + 1 }, perceel.Dossier.Bezwaren[i]);
            }
        }
        return rijen;
    }

    /// <summary>The traject from its rows (as one range query returns them); null without a header row.</summary>
    public static Traject? Lees(TrajectId id, Eigenaar eigenaar, IEnumerable<TableEntity> rijen)
    {
        TableEntity? kop = null;
        var percelen = new List<(int Nummer, TableEntity Rij)>();
        var bezwaren = new List<TableEntity>();
        var mijlpalen = new List<GeplandeMijlpaal>();
        foreach (var rij in rijen)
        {
            var naam = Ontleed(rij.RowKey).Naam ?? "";
            if (naam == Kop)
                kop = rij;
            else if (naam.StartsWith(Mijlpaalrij, StringComparison.Ordinal))
                mijlpalen.Add(Json.Read<GeplandeMijlpaal>(Rijmaat.Lees(rij, "Mijlpaal")));
            else if (naam.Contains("|bezwaar|", StringComparison.Ordinal))
                bezwaren.Add(rij);
            else if (naam.StartsWith(Perceelrij, StringComparison.Ordinal))
                percelen.Add((rij.GetInt32("Nummer") ?? 0, rij));
        }
        if (kop is null)
        {
            return null;
        }
        var perPerceel = bezwaren.GroupBy(b => b.GetInt32("Perceel") ?? 0)
            .ToDictionary(g => g.Key, g => g.OrderBy(b => b.GetInt32("Nummer")).Select(LeesBezwaar).ToList());
        return new Traject(
            id,
            kop.GetString("Naam")!,
            eigenaar,
            Json.Read<List<string>>(kop.GetString("Deelnemers")).Select(d => new GemeenteId(d)).ToList(),
            Enum.TryParse<Procedure>(kop.GetString("Procedure"), out var procedure) ? procedure : null,
            kop.GetString("ProcedureToelichting"),
            percelen.OrderBy(p => p.Nummer).Select(p => new Perceel(
                p.Nummer,
                p.Rij.GetString("Naam")!,
                Json.Read<List<FaseOvergang>>(Rijmaat.Lees(p.Rij, "Overgangen")),
                Json.Read<Dossier>(Rijmaat.Lees(p.Rij, "Dossier")) with { Bezwaren = perPerceel.GetValueOrDefault(p.Nummer) ?? [] })).ToList(),
            mijlpalen.OrderBy(m => m.Id.Value).ToList(),
            Enum.TryParse<Domein>(kop.GetString("Domein"), out var domein) ? domein : null,
            kop.GetString("Contract") is { } contract ? Json.Read<Contractvoorwaarden>(contract) : null);
    }

    /// <summary>A traject stored by an older build as one row.</summary>
    public static Traject LeesOud(TableEntity row, Eigenaar eigenaar) => new(
        Ontleed(row.RowKey).Id,
        row.GetString("Naam")!,
        eigenaar,
        Json.Read<List<string>>(row.GetString("Deelnemers")).Select(d => new GemeenteId(d)).ToList(),
        Enum.TryParse<Procedure>(row.GetString("Procedure"), out var procedure) ? procedure : null,
        row.GetString("ProcedureToelichting"),
        Json.Read<List<Perceel>>(row.GetString("Percelen")),
        Json.Read<List<GeplandeMijlpaal>>(row.GetString("Planning") ?? "[]"),
        Enum.TryParse<Domein>(row.GetString("Domein"), out var domein) ? domein : null,
        row.GetString("Contract") is { } contract ? Json.Read<Contractvoorwaarden>(contract) : null);

    /// <summary>A bezwaar's long texts in columns of their own, readable as they are and read without parsing them as JSON.</summary>
    private static TableEntity BezwaarRij(TableEntity rij, Bezwaar bezwaar)
    {
        Rijmaat.Schrijf(rij, "Toelichting", bezwaar.Toelichting);
        Rijmaat.Schrijf(rij, "Antwoord", bezwaar.Antwoord?.Tekst);
        Rijmaat.Schrijf(rij, "Uitkomst", bezwaar.Uitkomst);
        return MetJson(rij, "Bezwaar", bezwaar with { Toelichting = null, Uitkomst = null, Antwoord = bezwaar.Antwoord is { } a ? a with { Tekst = "" } : null });
    }

    private static Bezwaar LeesBezwaar(TableEntity rij)
    {
        var bezwaar = Json.Read<Bezwaar>(Rijmaat.Lees(rij, "Bezwaar"));
        return bezwaar with
        {
            Toelichting = Rijmaat.Lees(rij, "Toelichting"),
            Uitkomst = Rijmaat.Lees(rij, "Uitkomst"),
            Antwoord = bezwaar.Antwoord is { } a ? a with { Tekst = Rijmaat.Lees(rij, "Antwoord") ?? "" } : null,
        };
    }

    private static TableEntity MetJson<T>(TableEntity rij, string kolom, T waarde)
    {
        Rijmaat.Schrijf(rij, kolom, Json.Write(waarde));
        return rij;
    }
}
