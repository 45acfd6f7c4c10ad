using Azure;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>How a write of the beoordeling ended: written (the rows' new ETags), stale (a row the caller read changed), or to be decided again.</summary>
internal sealed record Beoordelingsschrijven(IReadOnlyList<ETag>? ETags, bool Verouderd);

/// <summary>
/// The beoordeling of a perceel in the table "inschrijvingen", in the perceel's partition (see <see cref="BeoordelingRijen"/>),
/// so that its audit events join the sealed chain of the submissions, which only the owner's people read and never the
/// traject's history. Audit events name who did what, never a score or a motivation.
/// </summary>
public sealed class BeoordelingStore(StorageClients clients)
{
    private TableClient Table => clients.Table(Names.InschrijvingenTable);

    /// <summary>
    /// The stand row first, then everything else: a change committed after the stand was read moves the stand, so a
    /// write based on this read fails rather than acting on what it did not see.
    /// </summary>
    public async Task<GelezenBeoordeling> GetAsync(TrajectId traject, int perceel, CancellationToken ct)
    {
        var partitie = InschrijvingRijen.Partitie(traject, perceel);
        var stand = await Table.GetEntityIfExistsAsync<TableEntity>(partitie, BeoordelingRijen.Stand, cancellationToken: ct).ConfigureAwait(false);
        var momentKey = InschrijvingRijen.MomentKey(Momentsoort.Inschrijving);
        Gelezen<Indienmoment>? moment = null;
        Gelezen<Gunningscriteria>? criteria = null;
        Gelezen<IReadOnlyList<Beoordelaar>>? commissie = null;
        var geldigheden = new List<Gelezen<Geldigheid>>();
        var beoordelingen = new List<Gelezen<IndividueleBeoordeling>>();
        var consensus = new List<Gelezen<Consensus>>();
        await foreach (var row in Table.QueryAsync<TableEntity>(BeoordelingRijen.Alles(partitie, momentKey), cancellationToken: ct).ConfigureAwait(false))
        {
            switch (row.RowKey)
            {
                case var k when k == momentKey: moment = new(InschrijvingRijen.ToMoment(row, Momentsoort.Inschrijving), row.ETag); break;
                case BeoordelingRijen.Criteria: criteria = new(BeoordelingRijen.ToCriteria(row), row.ETag); break;
                case BeoordelingRijen.Commissie: commissie = new(BeoordelingRijen.ToCommissie(row), row.ETag); break;
                case var k when k.StartsWith("geldigheid|", StringComparison.Ordinal): geldigheden.Add(new(BeoordelingRijen.ToGeldigheid(row), row.ETag)); break;
                case var k when k.StartsWith("beoordeling|", StringComparison.Ordinal): beoordelingen.Add(new(BeoordelingRijen.ToBeoordeling(row), row.ETag)); break;
                case var k when k.StartsWith("consensus|", StringComparison.Ordinal): consensus.Add(new(BeoordelingRijen.ToConsensus(row), row.ETag)); break;
            }
        }
        // Who submitted is sealed until the opening: before it, not even this store reads the heads.
        var inschrijvers = moment?.Waarde.IsGeopend == true ? await InschrijversAsync(partitie, ct).ConfigureAwait(false) : [];
        var s = stand.HasValue ? stand.Value : null;
        return new GelezenBeoordeling(s is null ? Versie.Leeg : Versie.Enkel(s.ETag), s?.GetInt64("Wijzigingen") ?? 0, moment, criteria, commissie, inschrijvers, geldigheden, beoordelingen, consensus);
    }

    /// <summary>The commissie alone (empty when none was named): one point read, for deciding who may read opened documents.</summary>
    public async Task<IReadOnlyList<Beoordelaar>> GetCommissieAsync(TrajectId traject, int perceel, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(InschrijvingRijen.Partitie(traject, perceel), BeoordelingRijen.Commissie, cancellationToken: ct).ConfigureAwait(false);
        return row.HasValue && row.Value is { } r ? BeoordelingRijen.ToCommissie(r) : [];
    }

    /// <summary>
    /// Writes <paramref name="rijen"/> (each added, or replaced if still at its ETag), the stand and, with
    /// <paramref name="momentVastzetten"/>, a touch of the moment row at the ETag read, all with the audit event.
    /// </summary>
    internal async Task<Beoordelingsschrijven> SaveAsync(TrajectId traject, int perceel, GelezenBeoordeling gelezen,
        IReadOnlyList<(TableEntity Rij, ETag? Verwacht)> rijen, bool momentVastzetten, AuditEvent audit, CancellationToken ct)
    {
        var partitie = InschrijvingRijen.Partitie(traject, perceel);
        var acties = rijen.Select(r => Actie(r.Rij, r.Verwacht)).ToList();
        acties.Add(Actie(BeoordelingRijen.StandRij(partitie, gelezen.Wijzigingen + 1), gelezen.Stand.EnkeleETag));
        if (momentVastzetten && gelezen.Moment is { ETag: { } momentEtag })
        {
            // An opening confirmed after the read moved this ETag: then the criteria are not written.
            acties.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                new TableEntity(partitie, InschrijvingRijen.MomentKey(Momentsoort.Inschrijving)), momentEtag));
        }
        var uitkomst = await TrajectTransactie.WriteAsync(Table, InschrijvingRijen.Keten(traject, perceel), acties, audit, ct).ConfigureAwait(false);
        return uitkomst.ETags is { } etags
            ? new(etags.Take(rijen.Count).ToList(), false)
            : new(null, uitkomst.GeweigerdeRij < rijen.Count && rijen[uitkomst.GeweigerdeRij!.Value].Verwacht is not null);
    }

    private async Task<IReadOnlyList<GeopendeInschrijver>> InschrijversAsync(string partitie, CancellationToken ct)
    {
        var koppen = await TrajectTransactie.ReadAsync(Table, InschrijvingRijen.Bereik(partitie, $"inschrijving|{Indienmoment.Naam(Momentsoort.Inschrijving)}|"),
            r => (Inschrijver: new GeopendeInschrijver(r.GetString("Inschrijver") ?? "", r.GetString("Naam") ?? ""), Geldend: r.GetBoolean("Geldend") == true), ct).ConfigureAwait(false);
        return koppen.Where(k => k.Geldend).Select(k => k.Inschrijver).OrderBy(i => i.Naam, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    private static TableTransactionAction Actie(TableEntity row, ETag? expected) => expected is { } etag
        ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, etag)
        : new TableTransactionAction(TableTransactionActionType.Add, row);
}
