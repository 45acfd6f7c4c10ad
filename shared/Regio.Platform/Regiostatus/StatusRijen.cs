using System.Globalization;
using Azure.Data.Tables;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Regiostatus;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Planning;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Regiostatus;

/// <summary>One traject's status row as read: the traject as far as the status needs it, and its submissions counted per perceel.</summary>
public sealed record Statusrij(Traject Traject, IReadOnlyDictionary<int, IReadOnlyList<Inschrijvingstelling>> Tellingen);

/// <summary>
/// The layout of the status rows in the owner's partition of the table "trajecten", beside the traject's own rows:
/// "status|{trajectId}" for the traject's header and planning, with one column per perceel with its counts
/// ("Ingediend001", merged separately so a traject write never erases them), and "status|{trajectId}|perceel|001" per
/// perceel, written with the perceel's own rows, so writes to different percelen never touch the same status row; and
/// the partition's marker ("statusprojectie", outside the status range so it never costs a page). A status row holds
/// the traject without what the status never shows (the procedure's wording, dialogue participants, processen-verbaal,
/// admissions, who filed an objection and why). Rows of version 1 held all percelen in the header row.
/// </summary>
internal static class StatusRijen
{
    public const string Prefix = "status|";
    public const string Markering = "statusprojectie";

    /// <summary>The shape of the rows; a partition whose marker names an older one is rebuilt on its next read.</summary>
    public const int Versie = 2;

    private const string Telling = "Ingediend";

    public static string Key(TrajectId id) => Prefix + id;

    public static string PerceelKey(TrajectId id, int perceel) => $"{Prefix}{id}|{TrajectRijen.Perceel(perceel)}";

    /// <summary>The traject a status row belongs to, and whether it is the header row.</summary>
    public static (TrajectId Id, bool IsKop) Ontleed(string rowKey)
    {
        var rest = rowKey[Prefix.Length..];
        var scheiding = rest.IndexOf('|', StringComparison.Ordinal);
        return scheiding < 0 ? (new TrajectId(rest), true) : (new TrajectId(rest[..scheiding]), false);
    }

    public static string Bereik(string partitie) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitie} and RowKey gt {Prefix} and RowKey lt {"status}"}");

    public static string TellingKolom(int perceel) => Telling + perceel.ToString("D3", CultureInfo.InvariantCulture);

    public static string Tellingwaarde(IReadOnlyList<Inschrijvingstelling> tellingen) => Json.Write(tellingen);

    /// <summary>The header's status row. Empty strings rather than nulls: a merge leaves a column it does not send as it was.</summary>
    public static TableEntity ToRow(string partitie, Traject traject)
    {
        var rij = new TableEntity(partitie, Key(traject.Id))
        {
            ["Naam"] = traject.Naam,
            ["Eigenaar"] = traject.Eigenaar.Sleutel,
            ["Deelnemers"] = Json.Write(traject.Deelnemers.Select(d => d.Value)),
            ["Procedure"] = traject.Procedure?.ToString() ?? "",
            ["Domein"] = traject.Domein?.ToString() ?? "",
            ["Contract"] = traject.Contract is { } c ? Json.Write(c) : "",
            ["Versie"] = Versie,
        };
        Rijmaat.Schrijf(rij, "Planning", Json.Write(traject.Planning.Mijlpalen));
        return rij;
    }

    /// <summary>One perceel's status row; a perceel that is gone leaves a row that says so, so the write never depends on what is there.</summary>
    public static TableEntity ToRow(string partitie, TrajectId traject, int nummer, Perceel? perceel)
    {
        var rij = new TableEntity(partitie, PerceelKey(traject, nummer)) { ["Weg"] = perceel is null };
        Rijmaat.Schrijf(rij, "Perceel", perceel is null ? null : Json.Write(perceel with { Dossier = Slank(perceel.Dossier) }));
        return rij;
    }

    /// <summary>The traject from its header's status row and its percelen's rows; null for a row that is not a traject's.</summary>
    public static Traject? ToTraject(TableEntity row, IEnumerable<TableEntity> percelen) => Eigenaar.TryParse(row.GetString("Eigenaar"), out var eigenaar)
        ? new Traject(
            Ontleed(row.RowKey).Id,
            row.GetString("Naam") ?? "",
            eigenaar,
            Json.Read<List<string>>(row.GetString("Deelnemers")).Select(d => new GemeenteId(d)).ToList(),
            Enum.TryParse<Procedure>(row.GetString("Procedure"), out var procedure) ? procedure : null,
            null,
            (row.GetInt32("Versie") ?? 0) >= Versie
                ? percelen.Where(p => p.GetBoolean("Weg") != true).Select(p => Json.Read<Perceel>(Rijmaat.Lees(p, "Perceel"))).OrderBy(p => p.Nummer).ToList()
                : Json.Read<List<Perceel>>(row.GetString("Percelen")),
            Json.Read<List<GeplandeMijlpaal>>(Rijmaat.Lees(row, "Planning")),
            Enum.TryParse<Domein>(row.GetString("Domein"), out var domein) ? domein : null,
            row.GetString("Contract") is { Length: > 0 } contract ? Json.Read<Contractvoorwaarden>(contract) : null)
        : null;

    public static IReadOnlyDictionary<int, IReadOnlyList<Inschrijvingstelling>> Tellingen(TableEntity row) => row.Keys
        .Where(k => k.StartsWith(Telling, StringComparison.Ordinal) && int.TryParse(k[Telling.Length..], CultureInfo.InvariantCulture, out _))
        .ToDictionary(k => int.Parse(k[Telling.Length..], CultureInfo.InvariantCulture),
            k => (IReadOnlyList<Inschrijvingstelling>)Json.Read<List<Inschrijvingstelling>>(row.GetString(k)));

    /// <summary>
    /// What the status reads of a dossier: publication (for who may see it), objections without who filed them or their
    /// own words, the signed agreement and a withdrawal.
    /// </summary>
    private static Dossier Slank(Dossier dossier) => new()
    {
        AankondigingGepubliceerd = dossier.AankondigingGepubliceerd,
        OvereenkomstGetekend = dossier.OvereenkomstGetekend,
        Intrekking = dossier.Intrekking,
        Bezwaren = [.. dossier.Bezwaren.Select(b => new Bezwaar(b.Ingediend, b.Uitspraak, b.Soort, b.Omschrijving, b.Uitkomst))],
    };
}
