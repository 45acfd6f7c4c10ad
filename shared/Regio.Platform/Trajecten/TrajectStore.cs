using System.Collections.Concurrent;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten;

/// <summary>
/// Trajecten in the table "trajecten", partitioned by owner: the regio's shared trajecten together,
/// each gemeente's local trajecten in that gemeente's own partition (DESIGN rule 2). A traject is a header row and a
/// row per perceel, bezwaar and mijlpaal (<see cref="TrajectRijen"/>), each with its own ETag, so a change to one
/// perceel does not conflict with one to another; a change and its audit event share one transaction. A traject is
/// addressed by its id alone, so the partition "trajectindex" maps each id to its owner.
/// </summary>
public sealed partial class TrajectStore(StorageClients clients)
{
    public const string IndexPartition = "trajectindex";

    /// <summary>
    /// Each traject's owner as its index row says. That row is only ever added, never changed or removed (an id keeps its
    /// owner for life), so what was read once stays true on every instance and a traject's read is one query, not two.
    /// Only found owners are kept: an id that is not there yet is asked again. A few dozen bytes per traject of the platform.
    /// </summary>
    private readonly ConcurrentDictionary<TrajectId, Eigenaar> _eigenaren = new();

    private TableClient Table => clients.Table(Names.TrajectenTable);

    public static string PartitionKey(Eigenaar eigenaar) => eigenaar switch
    {
        Eigenaar.DeRegio r => $"regio|{r.Regio}",
        Eigenaar.EenGemeente g => $"gemeente|{g.Gemeente}",
        _ => throw new ArgumentOutOfRangeException(nameof(eigenaar)),
    };

    /// <summary>The audit chain of one traject: its own, so writes to different trajecten of one owner never wait for each other.</summary>
    public static AuditKeten Keten(Eigenaar eigenaar, TrajectId traject) => Keten(PartitionKey(eigenaar), traject);

    internal static AuditKeten Keten(string partitie, TrajectId traject) => new(partitie, $"traject|{traject.Value}");

    /// <summary>The audit chain of one perceel of a traject, for what happens per perceel (aanmeldingen, inschrijvingen, verdelingen).</summary>
    public static AuditKeten Keten(string partitie, TrajectId traject, int perceel) => new(partitie, $"traject|{traject.Value}|perceel|{perceel}");

    /// <summary>
    /// All trajecten owned by the regio or one of its gemeenten: one range query per owner,
    /// run side by side, so the round trips grow with the number of gemeenten and not with the data.
    /// </summary>
    public async Task<IReadOnlyList<Traject>> ListForRegioAsync(Domain.Regios.Regio regio, CancellationToken cancellationToken) =>
        [.. (await ListVersiesForRegioAsync(regio, cancellationToken).ConfigureAwait(false)).Select(t => t.Traject)];

    public async Task<IReadOnlyList<Traject>> ListForOwnerAsync(Eigenaar eigenaar, CancellationToken cancellationToken) =>
        [.. (await ListVersiesForOwnerAsync(eigenaar, cancellationToken).ConfigureAwait(false)).Select(t => t.Traject)];

    /// <summary>Like <see cref="ListForRegioAsync"/>, with each traject's version so a reader can change what it read.</summary>
    public async Task<IReadOnlyList<(Traject Traject, Versie Versie)>> ListVersiesForRegioAsync(Domain.Regios.Regio regio, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regio);
        return await ListVersiesForOwnersAsync(regio.Gemeenten.Select(g => (Eigenaar)new Eigenaar.EenGemeente(g.Id)).Prepend(new Eigenaar.DeRegio(regio.Id)), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>One range query per owner, run side by side.</summary>
    public async Task<IReadOnlyList<(Traject Traject, Versie Versie)>> ListVersiesForOwnersAsync(IEnumerable<Eigenaar> owners, CancellationToken cancellationToken)
    {
        var perOwner = await Task.WhenAll(owners.Select(o => ListVersiesForOwnerAsync(o, cancellationToken))).ConfigureAwait(false);
        return perOwner.SelectMany(t => t).ToList();
    }

    /// <summary>One range query over the owner's partition; the rows of each traject lie together, in key order.</summary>
    public async Task<IReadOnlyList<(Traject Traject, Versie Versie)>> ListVersiesForOwnerAsync(Eigenaar eigenaar, CancellationToken cancellationToken)
    {
        var trajecten = new List<(Traject, Versie)>();
        var huidig = new List<TableEntity>();
        TrajectId? id = null;
        await foreach (var row in Table.QueryAsync<TableEntity>(TrajectRijen.AlleBereik(PartitionKey(eigenaar)), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var rijVan = TrajectRijen.Ontleed(row.RowKey).Id;
            if (id is { } vorige && vorige != rijVan)
            {
                Voeg(vorige);
            }
            id = rijVan;
            huidig.Add(row);
        }
        if (id is { } laatste)
        {
            Voeg(laatste);
        }
        return trajecten;

        void Voeg(TrajectId traject)
        {
            if (Lees(traject, eigenaar, huidig) is { } gelezen)
            {
                trajecten.Add(gelezen);
            }
            huidig.Clear();
        }
    }

    /// <summary>Adds a new traject; false (and no change) when one with this id exists for this owner.</summary>
    public async Task<bool> AddAsync(Traject traject, AuditEvent auditEvent, CancellationToken cancellationToken) =>
        (await AddWithVersieAsync(traject, auditEvent, cancellationToken).ConfigureAwait(false)).Versie is not null;

    /// <summary>The traject and its version from its rows (new layout first; an old single row when there is no header).</summary>
    private static (Traject Traject, Versie Versie)? Lees(TrajectId id, Eigenaar eigenaar, IReadOnlyList<TableEntity> rijen)
    {
        var nieuw = rijen.Where(r => TrajectRijen.Ontleed(r.RowKey).Naam is not null).ToList();
        if (TrajectRijen.Lees(id, eigenaar, nieuw) is { } traject)
        {
            return (traject, Versie.Uit(nieuw.Select(r => (TrajectRijen.Ontleed(r.RowKey).Naam!, r.ETag))));
        }
        return rijen.FirstOrDefault(r => TrajectRijen.Ontleed(r.RowKey).Naam is null) is { } oud
            ? (TrajectRijen.LeesOud(oud, eigenaar), Versie.Leeg.Met(TrajectRijen.Oud, oud.ETag))
            : null;
    }
}
