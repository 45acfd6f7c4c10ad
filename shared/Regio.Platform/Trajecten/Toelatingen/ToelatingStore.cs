using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Toelatingen;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Toelatingen;

/// <summary>An aanvraag as read, with the version a decision must send back.</summary>
public sealed record AanvraagVersie(Aanvraag Aanvraag, Versie Versie);

/// <summary>
/// Aanvragen tot toelating in the table "trajecten", in the traject owner's partition (RowKey
/// "toelating|{trajectId}|{perceel:D3}|{nummer:D5}"), so that an admission, the dossier fact it implies in the traject
/// row and the audit event are one transaction.
/// </summary>
public sealed class ToelatingStore(StorageClients clients)
{
    private TableClient Table => clients.Table(Names.TrajectenTable);

    private static string Key(TrajectId traject, int perceel, int nummer) =>
        string.Create(CultureInfo.InvariantCulture, $"toelating|{traject}|{perceel:D3}|{nummer:D5}");

    /// <summary>All aanvragen of a traject, every perceel: one range query in one partition.</summary>
    public Task<IReadOnlyList<AanvraagVersie>> ListAsync(string partitionKey, TrajectId traject, CancellationToken ct) =>
        TrajectTransactie.ReadAsync(Table,
            TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey gt {$"toelating|{traject}|"} and RowKey lt {$"toelating|{traject}}}"}"),
            r => new AanvraagVersie(ToAanvraag(r), Versie.Enkel(r.ETag)), ct);

    public async Task<AanvraagVersie?> GetAsync(string partitionKey, TrajectId traject, int perceel, int nummer, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(partitionKey, Key(traject, perceel, nummer), cancellationToken: ct).ConfigureAwait(false);
        return row.HasValue && row.Value is { } r ? new AanvraagVersie(ToAanvraag(r), Versie.Enkel(r.ETag)) : null;
    }

    /// <summary>Adds a new aanvraag; null when its number was taken meanwhile.</summary>
    public async Task<ETag?> AddAsync(string partitionKey, TrajectId traject, Aanvraag aanvraag, AuditEvent audit, CancellationToken ct)
    {
        var uitkomst = await TrajectTransactie.WriteAsync(Table, TrajectStore.Keten(partitionKey, traject, aanvraag.Perceel),
            [new TableTransactionAction(TableTransactionActionType.Add, ToRow(partitionKey, traject, aanvraag))], audit, ct).ConfigureAwait(false);
        return uitkomst.ETags?[0];
    }

    /// <summary>
    /// Replaces the aanvraag if unchanged, and with it the traject row (its dossier) when <paramref name="metTraject"/> is
    /// given. <see cref="Transactieuitkomst.GeweigerdeRij"/> 0 is a stale aanvraag, 1 or more a traject that changed meanwhile.
    /// </summary>
    internal Task<Transactieuitkomst> SaveAsync(string partitionKey, TrajectId traject, Aanvraag aanvraag, ETag expected,
        (Traject Voor, Versie Versie, Traject Na)? metTraject, AuditEvent audit, CancellationToken ct)
    {
        var rows = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, ToRow(partitionKey, traject, aanvraag), expected) };
        if (metTraject is { } t)
            rows.AddRange(TrajectStore.Vervang(t.Voor, t.Versie, t.Na));
        return TrajectTransactie.WriteAsync(Table, TrajectStore.Keten(partitionKey, traject, aanvraag.Perceel), rows, audit, ct);
    }

    private static TableEntity ToRow(string partitionKey, TrajectId traject, Aanvraag a) => new(partitionKey, Key(traject, a.Perceel, a.Nummer))
    {
        ["Traject"] = traject.Value,
        ["Perceel"] = a.Perceel,
        ["Nummer"] = a.Nummer,
        ["Aanvrager"] = a.Aanvrager,
        ["AanvragerNaam"] = a.AanvragerNaam,
        ["Antwoorden"] = Json.Write(a.Antwoorden),
        ["IngediendOp"] = a.IngediendOp,
        ["IngediendDoor"] = a.IngediendDoor,
        ["Besluit"] = a.Besluit is { } b ? Json.Write(b) : null,
        ["Status"] = a.Besluit switch { null => "in behandeling", { Toegelaten: true } => "toegelaten", _ => "afgewezen" },
    };

    private static Aanvraag ToAanvraag(TableEntity r) => new(
        r.GetInt32("Nummer") ?? 0,
        r.GetInt32("Perceel") ?? 0,
        r.GetString("Aanvrager") ?? "",
        r.GetString("AanvragerNaam") ?? "",
        Json.Read<List<EisAntwoord>>(r.GetString("Antwoorden")),
        r.GetDateTimeOffset("IngediendOp") ?? default,
        r.GetString("IngediendDoor") ?? "",
        r.GetString("Besluit") is { } b ? Json.Read<Toelatingsbesluit>(b) : null);
}
