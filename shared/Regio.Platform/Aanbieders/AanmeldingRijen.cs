using Azure.Data.Tables;
using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Platform.Storage;

namespace Regio.Platform.Aanbieders;

/// <summary>
/// How registrations look in the table "aanmeldingen": per perceel one partition "aanmelding|{traject}|{perceel}" with a
/// row "deelname|{aanbieder}" per registered aanbieder (alone or as confirmed member) and a row "combinatie|{id}" per
/// combinatie, its members as readable JSON.
/// </summary>
internal static class AanmeldingRijen
{
    public const string Deelname = "deelname|";
    public const string CombinatiePrefix = "combinatie|";

    public static string PartitionKey(TrajectId traject, int perceel) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"aanmelding|{traject}|{perceel}");

    public static string DeelnameKey(OrganisatieId organisatie) => Deelname + organisatie;

    public static string CombinatieKey(CombinatieId id) => CombinatiePrefix + id;

    public static TableEntity ToRow(Aanmelding a) => new(PartitionKey(a.Traject, a.Perceel), DeelnameKey(a.Aanbieder))
    {
        ["AanbiederNaam"] = a.AanbiederNaam,
        ["Combinatie"] = a.Combinatie?.Value,
        ["Op"] = a.Op,
        ["Door"] = a.Door,
        ["Verklaringen"] = Json.Write(a.Verklaringen),
    };

    public static Aanmelding ToAanmelding(TableEntity row, TrajectId traject, int perceel) => new(
        traject, perceel,
        new OrganisatieId(row.RowKey[Deelname.Length..]),
        row.GetString("AanbiederNaam") ?? "",
        row.GetString("Combinatie") is { } id ? new CombinatieId(id) : null,
        row.GetDateTimeOffset("Op") ?? default,
        row.GetString("Door") ?? "",
        Json.Read<List<Verklaring>>(row.GetString("Verklaringen") ?? "[]"));

    public static TableEntity ToRow(Combinatie c) => new(PartitionKey(c.Traject, c.Perceel), CombinatieKey(c.Id))
    {
        ["Naam"] = c.Naam,
        ["Penvoerder"] = c.Penvoerder.Value,
        ["Opgericht"] = c.Opgericht,
        ["Leden"] = Json.Write(c.Leden.Select(l => new LidRij(l.Organisatie.Value, l.Naam, l.Status, l.Sinds, [.. l.Verklaringen]))),
    };

    public static Combinatie ToCombinatie(TableEntity row, TrajectId traject, int perceel) => new(
        new CombinatieId(row.RowKey[CombinatiePrefix.Length..]),
        row.GetString("Naam") ?? "",
        traject, perceel,
        new OrganisatieId(row.GetString("Penvoerder") ?? ""),
        Json.Read<List<LidRij>>(row.GetString("Leden") ?? "[]")
            .Select(l => new Lid(new OrganisatieId(l.Organisatie), l.Naam, l.Status, l.Sinds, l.Verklaringen)).ToList(),
        row.GetDateTimeOffset("Opgericht") ?? default);

    private sealed record LidRij(string Organisatie, string Naam, Lidstatus Status, DateTimeOffset Sinds, List<Verklaring> Verklaringen);
}
