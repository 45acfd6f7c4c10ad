using Azure;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>A row as a store read it, with the version a change must send back (<see cref="Versie.Enkel"/> of the row's ETag).</summary>
public sealed record Gelezen<T>(T Waarde, Versie Versie)
{
    internal Gelezen(T waarde, ETag etag)
        : this(waarde, Versie.Enkel(etag))
    {
    }

    /// <summary>The row's ETag, for the store that writes the row back; null when <see cref="Versie"/> is not one row's.</summary>
    internal ETag? ETag => Versie.EnkeleETag;
}

/// <summary>
/// Sealed submissions in the table "inschrijvingen", one partition per perceel (see <see cref="InschrijvingRijen"/>), so
/// that a submission, its head row and its audit event change in one transaction and share one audit chain (rule 5).
/// That chain is kept apart from the traject's on purpose: the traject's history is read by its owner's people, and
/// who submitted when is sealed too.
/// </summary>
public sealed class InschrijvingStore(StorageClients clients)
{
    private TableClient Table => clients.Table(Names.InschrijvingenTable);

    public async Task<IReadOnlyList<Gelezen<Indienmoment>>> ListMomentenAsync(TrajectId traject, int perceel, CancellationToken ct)
    {
        var partitie = InschrijvingRijen.Partitie(traject, perceel);
        var momenten = new List<Gelezen<Indienmoment>>();
        await foreach (var row in Table.QueryAsync<TableEntity>(InschrijvingRijen.Bereik(partitie, "moment|"), cancellationToken: ct).ConfigureAwait(false))
        {
            if (Indienmoment.Lees(row.RowKey["moment|".Length..]) is { } soort)
                momenten.Add(new(InschrijvingRijen.ToMoment(row, soort), row.ETag));
        }
        return momenten.OrderBy(m => m.Waarde.Soort).ToList();
    }

    public async Task<Gelezen<Indienmoment>?> GetMomentAsync(TrajectId traject, int perceel, Momentsoort soort, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(InschrijvingRijen.Partitie(traject, perceel), InschrijvingRijen.MomentKey(soort), cancellationToken: ct).ConfigureAwait(false);
        return row.HasValue && row.Value is { } r ? new(InschrijvingRijen.ToMoment(r, soort), r.ETag) : null;
    }

    /// <summary>Adds the moment (<paramref name="expected"/> null) or replaces it if unchanged; null when the row refused.</summary>
    public async Task<ETag?> SaveMomentAsync(TrajectId traject, int perceel, Indienmoment moment, ETag? expected, AuditEvent audit, CancellationToken ct)
    {
        var row = InschrijvingRijen.Moment(InschrijvingRijen.Partitie(traject, perceel), moment);
        var uitkomst = await TrajectTransactie.WriteAsync(Table, InschrijvingRijen.Keten(traject, perceel), [Actie(row, expected)], audit, ct).ConfigureAwait(false);
        return uitkomst.ETags?[0];
    }

    /// <summary>How many inschrijvers have a submission that counts: the head rows only, never a file or a version.</summary>
    public async Task<int> CountAsync(TrajectId traject, int perceel, Momentsoort soort, CancellationToken ct)
    {
        var partitie = InschrijvingRijen.Partitie(traject, perceel);
        var aantal = 0;
        await foreach (var row in Table.QueryAsync<TableEntity>(InschrijvingRijen.Bereik(partitie, $"inschrijving|{Indienmoment.Naam(soort)}|"), select: ["Geldend"], cancellationToken: ct).ConfigureAwait(false))
        {
            if (row.GetBoolean("Geldend") == true)
                aantal++;
        }
        return aantal;
    }

    /// <summary>
    /// Who has a head row for a moment (submitted at least once) and whether their submission counts now: keys only, for
    /// telling the inschrijvers themselves about their own perceel, never a file or a version.
    /// </summary>
    public async Task<IReadOnlyList<(string Inschrijver, bool Geldend)>> ListInschrijversAsync(TrajectId traject, int perceel, Momentsoort soort, CancellationToken ct)
    {
        var partitie = InschrijvingRijen.Partitie(traject, perceel);
        var inschrijvers = new List<(string, bool)>();
        await foreach (var row in Table.QueryAsync<TableEntity>(InschrijvingRijen.Bereik(partitie, $"inschrijving|{Indienmoment.Naam(soort)}|"), select: ["Inschrijver", "Geldend"], cancellationToken: ct).ConfigureAwait(false))
        {
            inschrijvers.Add((row.GetString("Inschrijver") ?? "", row.GetBoolean("Geldend") == true));
        }
        return inschrijvers;
    }

    /// <summary>One inschrijver's submission with every version, and the head's ETag.</summary>
    public async Task<Gelezen<Inschrijving>?> GetAsync(TrajectId traject, int perceel, Momentsoort soort, string inschrijver, CancellationToken ct)
    {
        var partitie = InschrijvingRijen.Partitie(traject, perceel);
        var kop = await Table.GetEntityIfExistsAsync<TableEntity>(partitie, InschrijvingRijen.KopKey(soort, inschrijver), cancellationToken: ct).ConfigureAwait(false);
        if (!kop.HasValue || kop.Value is not { } k)
            return null;
        var versies = await TrajectTransactie.ReadAsync(Table, InschrijvingRijen.Bereik(partitie, $"versie|{Indienmoment.Naam(soort)}|{inschrijver}|"),
            r => InschrijvingRijen.ToVersie(r).Indiening, ct).ConfigureAwait(false);
        return new(new Inschrijving(inschrijver, k.GetString("Naam") ?? "", versies.OrderBy(v => v.Versie).ToList()), k.ETag);
    }

    /// <summary>Every version of every inschrijver of a moment, grouped per inschrijver: only for reading after the opening.</summary>
    public async Task<IReadOnlyList<Inschrijving>> ListAsync(TrajectId traject, int perceel, Momentsoort soort, CancellationToken ct)
    {
        var partitie = InschrijvingRijen.Partitie(traject, perceel);
        var namen = await TrajectTransactie.ReadAsync(Table, InschrijvingRijen.Bereik(partitie, $"inschrijving|{Indienmoment.Naam(soort)}|"),
            r => (Sleutel: r.GetString("Inschrijver") ?? "", Naam: r.GetString("Naam") ?? ""), ct).ConfigureAwait(false);
        var versies = await TrajectTransactie.ReadAsync(Table, InschrijvingRijen.Bereik(partitie, $"versie|{Indienmoment.Naam(soort)}|"), InschrijvingRijen.ToVersie, ct).ConfigureAwait(false);
        return namen.Select(n => new Inschrijving(n.Sleutel, n.Naam, versies.Where(v => v.Inschrijver == n.Sleutel).Select(v => v.Indiening).OrderBy(v => v.Versie).ToList()))
            .OrderBy(i => i.Naam, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>
    /// Writes the new last version and the head (added, or replaced if still <paramref name="expected"/>) with the audit
    /// event, all or nothing; and marks the <paramref name="uploads"/> of its files submitted, if they are still as read.
    /// False when someone of the same inschrijver submitted meanwhile, or an upload was granted again or cleaned up.
    /// </summary>
    public async Task<bool> SaveAsync(TrajectId traject, int perceel, Momentsoort soort, Inschrijving inschrijving, ETag? expected, AuditEvent audit, CancellationToken ct,
        IReadOnlyList<Gelezen<Uploadregistratie>>? uploads = null)
    {
        var partitie = InschrijvingRijen.Partitie(traject, perceel);
        TableTransactionAction[] rijen =
        [
            Actie(InschrijvingRijen.Kop(partitie, soort, inschrijving), expected),
            new TableTransactionAction(TableTransactionActionType.Add, InschrijvingRijen.Versie(partitie, soort, inschrijving.Inschrijver, inschrijving.Versies[^1])),
            .. Uploadregister.Ingediend(uploads ?? [], inschrijving.Versies[^1].Tijdstip),
        ];
        return (await TrajectTransactie.WriteAsync(Table, InschrijvingRijen.Keten(traject, perceel, inschrijving.Inschrijver), rijen, audit, ct).ConfigureAwait(false)).ETags is not null;
    }

    /// <summary>An event without a row change (an opening inspected, a document downloaded): in the perceel's chain.</summary>
    public async Task AddAuditAsync(TrajectId traject, int perceel, AuditEvent audit, CancellationToken ct) =>
        (await ChangeWriter.AppendAsync(Table, InschrijvingRijen.Keten(traject, perceel), audit, ct).ConfigureAwait(false)).VersiesOfNull();

    /// <summary>Everything recorded about the perceel's submissions and their assessment, in the order it happened.</summary>
    public Task<IReadOnlyList<AuditEvent>> ListGeschiedenisAsync(TrajectId traject, int perceel, CancellationToken ct) =>
        AuditLog.ReadPartitionAsync(Table, InschrijvingRijen.Partitie(traject, perceel), ct);

    private static TableTransactionAction Actie(TableEntity row, ETag? expected) => expected is { } etag
        ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, etag)
        : new TableTransactionAction(TableTransactionActionType.Add, row);
}
