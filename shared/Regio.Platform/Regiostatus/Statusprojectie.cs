using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Regio.Domain.Regiostatus;
using Regio.Domain.Trajecten;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Regiostatus;

/// <summary>
/// The per-owner status projection, so that the status page reads one range of rows per owner partition however many
/// trajecten and percelen there are, instead of a query per perceel in "inschrijvingen".
/// <list type="bullet">
/// <item>Every write of a traject's rows also upserts the status rows of what it changed, in the same transaction: the
/// header's row when the header or planning changed, a perceel's row when that perceel or its bezwaren changed
/// (<see cref="Trajectplan"/>), so no code path can change a traject without its status, and writes to different
/// percelen never meet on a status row.</item>
/// <item>What lives in other partitions is recomputed and merged right after its own write, idempotently: a perceel's
/// counts after a moment is set, a submission or a withdrawal (<see cref="RecountAsync"/>), counted after reading the
/// row's ETag and merged with If-Match, so the last merge always holds the newest count. The regio's verdeling lives in
/// the regio partition itself and is read there directly, one range query; contracts come through <see cref="IContractbron"/>.</item>
/// <item>Storage from before this projection heals itself: a partition without a current marker is rebuilt on its first
/// read (missing rows added, counts merged; a traject write that gets there first wins), then marked. The marker is checked
/// once per process and partition, beside the range query, not in it.</item>
/// </list>
/// One range query returns at most 1,000 rows per page, so an owner with more than 1,000 trajecten costs a round trip per
/// further 1,000; below that the number of round trips does not depend on the number of trajecten.
/// </summary>
public sealed partial class Statusprojectie(StorageClients clients, TrajectStore trajecten, InschrijvingStore inschrijvingen, ILogger<Statusprojectie> logger)
{
    private const int Pogingen = 5;

    private readonly ConcurrentDictionary<string, bool> _gemarkeerd = new();

    private readonly ConcurrentDictionary<string, Samentelling> _tellers = new();

    private TableClient Table => clients.Table(Names.TrajectenTable);

    public async Task<IReadOnlyList<Statusrij>> ReadAsync(Eigenaar eigenaar, CancellationToken ct)
    {
        var partitie = TrajectStore.PartitionKey(eigenaar);
        var sleutel = $"{Table.Name}/{partitie}";
        if (_gemarkeerd.ContainsKey(sleutel))
        {
            return [.. (await LeesRijenAsync(partitie, ct).ConfigureAwait(false)).Select(r => r.Rij)];
        }
        var markering = Table.GetEntityIfExistsAsync<TableEntity>(partitie, StatusRijen.Markering, cancellationToken: ct);
        var rijen = LeesRijenAsync(partitie, ct);
        await Task.WhenAll(markering, rijen).ConfigureAwait(false);
        var actueel = (await markering.ConfigureAwait(false)) is { HasValue: true, Value: { } m } && m.GetInt32("Versie") >= StatusRijen.Versie;
        if (!actueel)
        {
            await HerbouwAsync(eigenaar, partitie, await rijen.ConfigureAwait(false), ct).ConfigureAwait(false);
        }
        _gemarkeerd[sleutel] = true;
        return [.. (actueel ? await rijen.ConfigureAwait(false) : await LeesRijenAsync(partitie, ct).ConfigureAwait(false)).Select(r => r.Rij)];
    }

    /// <summary>
    /// After a moment is set, a submission or a withdrawal: the perceel's counts again, merged into the status row. The
    /// change itself is done (a submission has its receipt), so a storage failure here is logged, not thrown; the next
    /// change brings the count up to date. Returns once a count that started after the call is merged.
    /// </summary>
    public Task RecountAsync(Traject traject, int perceel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(traject);
        return _tellers.GetOrAdd($"{Table.Name}/{traject.Id.Value}/{perceel}", _ => new Samentelling(
            () => TelEnVangAsync(traject, perceel))).RequestAsync();
    }

    // A count reads every head row of the perceel; in a deadline rush hundreds of submissions would each count them all
    // and lose the merge to each other. One count at a time per perceel, and all who asked during it share the next.
    // It runs without the caller's token: a caller that goes away does not stop the count others wait for.
    private async Task TelEnVangAsync(Traject traject, int perceel)
    {
        try
        {
            await WerkTellingenBijAsync(traject, [perceel], CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RequestFailedException || ChangeWriter.IsUnavailable(e, CancellationToken.None) || e is OperationCanceledException || e is AggregateException)
        {
            LogTellingNietBijgewerkt(logger, e, traject.Id.Value, perceel);
        }
    }

    /// <summary>Counts first, then merges with the ETag read before counting: a merge that lost a race is retried.</summary>
    private async Task WerkTellingenBijAsync(Traject traject, IReadOnlyList<int> percelen, CancellationToken ct)
    {
        var partitie = TrajectStore.PartitionKey(traject.Eigenaar);
        for (var poging = 1; poging <= Pogingen; poging++)
        {
            var rij = await Table.GetEntityIfExistsAsync<TableEntity>(partitie, StatusRijen.Key(traject.Id), ["Versie"], ct).ConfigureAwait(false);
            if (!rij.HasValue || rij.Value is not { } gelezen)
            {
                return; // Storage from before the projection: the rebuild counts when the partition is first read.
            }
            var merge = new TableEntity(partitie, StatusRijen.Key(traject.Id));
            foreach (var (nummer, tellingen) in await TelAsync(traject.Id, percelen, ct).ConfigureAwait(false))
            {
                merge[StatusRijen.TellingKolom(nummer)] = StatusRijen.Tellingwaarde(tellingen);
            }
            try
            {
                await Table.UpdateEntityAsync(merge, gelezen.ETag, TableUpdateMode.Merge, ct).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 412 && poging < Pogingen)
            {
            }
        }
    }

    /// <summary>Per perceel, the submissions that count per moment that was set; a moment nobody set is not shown as zero.</summary>
    private async Task<IReadOnlyList<(int Perceel, IReadOnlyList<Inschrijvingstelling> Tellingen)>> TelAsync(TrajectId traject, IReadOnlyList<int> percelen, CancellationToken ct) =>
        await Task.WhenAll(percelen.Select(async perceel =>
        {
            var momenten = await inschrijvingen.ListMomentenAsync(traject, perceel, ct).ConfigureAwait(false);
            var tellingen = await Task.WhenAll(momenten.Select(async m =>
                new Inschrijvingstelling(m.Waarde.Soort, await inschrijvingen.CountAsync(traject, perceel, m.Waarde.Soort, ct).ConfigureAwait(false)))).ConfigureAwait(false);
            return (perceel, (IReadOnlyList<Inschrijvingstelling>)tellingen);
        })).ConfigureAwait(false);

    /// <summary>One range query; the percelen's rows are matched to their header by traject id (another id may sort between them).</summary>
    private async Task<IReadOnlyList<(Statusrij Rij, ETag ETag, int Versie)>> LeesRijenAsync(string partitie, CancellationToken ct)
    {
        var koppen = new List<TableEntity>();
        var percelen = new Dictionary<TrajectId, List<TableEntity>>();
        await foreach (var row in Table.QueryAsync<TableEntity>(StatusRijen.Bereik(partitie), cancellationToken: ct).ConfigureAwait(false))
        {
            var (id, isKop) = StatusRijen.Ontleed(row.RowKey);
            if (isKop)
                koppen.Add(row);
            else if (percelen.TryGetValue(id, out var lijst))
                lijst.Add(row);
            else
                percelen[id] = [row];
        }
        var rijen = new List<(Statusrij, ETag, int)>();
        foreach (var kop in koppen)
        {
            if (StatusRijen.ToTraject(kop, percelen.GetValueOrDefault(StatusRijen.Ontleed(kop.RowKey).Id) ?? []) is { } traject)
            {
                rijen.Add((new Statusrij(traject, StatusRijen.Tellingen(kop)), kop.ETag, kop.GetInt32("Versie") ?? 0));
            }
        }
        return rijen;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telling van inschrijvingen in de status van traject {Traject}, perceel {Perceel}, niet bijgewerkt")]
    private static partial void LogTellingNietBijgewerkt(ILogger logger, Exception e, string traject, int perceel);
}
