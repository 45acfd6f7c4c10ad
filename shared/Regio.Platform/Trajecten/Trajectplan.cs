using Azure;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten;

/// <summary>
/// The actions that turn a traject as read into the changed one: only rows whose data differ, each replaced with the
/// ETag the client read (<see cref="Versie"/>), so the write checks exactly those rows. A row the client's version
/// does not know makes the change stale before anything is written, and so does a version that does not know the
/// header, or a new row added beside rows the client has not seen. Rows change per unit (the header with the planning, or one perceel with its bezwaren): when any row of a
/// unit changes, the unit's first row is written too, so two changes to one unit always meet on that row and its
/// status row is never overwritten with an older view. An old single row is replaced by all the rows at once. The
/// status rows of the units that changed follow the traject's rows.
/// </summary>
internal sealed class Trajectplan
{
    private readonly List<string> _namen = [];
    private readonly HashSet<string> _weg = new(StringComparer.Ordinal);

    private Trajectplan(Versie basis) => Basis = basis;

    public List<TableTransactionAction> Acties { get; } = [];

    /// <summary>The traject's own actions come first; the rest are status rows.</summary>
    public int TrajectActies => _namen.Count;

    public bool Verouderd { get; private set; }

    /// <summary>A Dutch refusal when the change cannot be stored as one transaction of rows that fit.</summary>
    public string? TeGroot { get; private set; }

    private Versie Basis { get; }

    /// <summary>The version after the write: what was read, with the new ETags of the rows written.</summary>
    public Versie Na(IReadOnlyList<ETag> etags)
    {
        var na = _weg.Aggregate(Basis, (v, naam) => v.Zonder(naam));
        for (var i = 0; i < _namen.Count; i++)
        {
            na = _weg.Contains(_namen[i]) ? na : na.Met(_namen[i], etags[i]);
        }
        return na;
    }

    /// <param name="voor">The traject as the server read it (null for a new one), with <paramref name="gelezen"/> its version.</param>
    /// <param name="verwacht">The version the client read: the rows this change writes must still be as it knows them.</param>
    public static Trajectplan Maak(Traject? voor, Versie gelezen, Traject na, Versie verwacht)
    {
        ArgumentNullException.ThrowIfNull(na);
        var partitie = TrajectStore.PartitionKey(na.Eigenaar);
        var nieuw = TrajectRijen.Rijen(partitie, na);
        var plan = new Trajectplan(gelezen);
        var eenheden = new HashSet<string>(StringComparer.Ordinal);
        // A version that does not even know the header is no version of this traject (a foreign or made-up If-Match):
        // it is stale for every change, also one that only adds rows.
        plan.Verouderd = voor is not null && verwacht.Van(TrajectRijen.Kop) is null && verwacht.Van(TrajectRijen.Oud) is null;
        if (voor is not null && gelezen.Van(TrajectRijen.Oud) is not null)
        {
            plan.Vervang(verwacht, TrajectRijen.Oud, new TableEntity(partitie, TrajectRijen.OudeSleutel(na.Id)), TableTransactionActionType.Delete);
            plan._weg.Add(TrajectRijen.Oud);
            foreach (var (naam, rij) in nieuw)
            {
                plan.Voeg(naam, new TableTransactionAction(TableTransactionActionType.Add, rij));
            }
            eenheden.UnionWith(nieuw.Keys.Select(TrajectRijen.Eenheid));
            eenheden.UnionWith(voor.Percelen.Select(p => TrajectRijen.Perceel(p.Nummer)));
        }
        else
        {
            var oud = voor is null ? [] : TrajectRijen.Rijen(partitie, voor);
            var gewijzigd = nieuw.Keys.Where(k => !oud.TryGetValue(k, out var o) || !Gelijk(o, nieuw[k])).ToHashSet(StringComparer.Ordinal);
            var weg = oud.Keys.Where(k => !nieuw.ContainsKey(k)).ToList();
            eenheden.UnionWith(gewijzigd.Concat(weg).Select(TrajectRijen.Eenheid));
            gewijzigd.UnionWith(eenheden.Where(nieuw.ContainsKey));
            foreach (var naam in gewijzigd.Order(StringComparer.Ordinal))
            {
                if (oud.ContainsKey(naam))
                    plan.Vervang(verwacht, naam, nieuw[naam], TableTransactionActionType.UpdateReplace);
                else
                    plan.VoegToe(verwacht, oud.Keys, naam, nieuw[naam]);
            }
            foreach (var naam in weg)
            {
                plan.Vervang(verwacht, naam, new TableEntity(partitie, TrajectRijen.Sleutel(na.Id, naam)), TableTransactionActionType.Delete);
                plan._weg.Add(naam);
            }
        }
        plan.Acties.AddRange(TrajectStore.StatusActies(na, eenheden));
        plan.TeGroot = Trajectmaat.Controleer(plan.Acties);
        return plan;
    }

    /// <summary>An existing row, only if the client's version knows it; otherwise the whole change is stale.</summary>
    private void Vervang(Versie verwacht, string naam, TableEntity rij, TableTransactionActionType type)
    {
        if (verwacht.Van(naam) is { } etag)
            Voeg(naam, new TableTransactionAction(type, rij, etag));
        else
            Verouderd = true;
    }

    /// <summary>
    /// A new row (perceel 3, bezwaar 2 of perceel 1, mijlpaal 4) takes the next number after the ones that exist; the
    /// client must have seen all of those, or it adds to a list that grew after it read it (two people adding a perceel).
    /// </summary>
    private void VoegToe(Versie verwacht, IEnumerable<string> bestaand, string naam, TableEntity rij)
    {
        var soort = naam[..(naam.LastIndexOf('|') + 1)];
        if (bestaand.Any(b => b.StartsWith(soort, StringComparison.Ordinal) && !b.AsSpan(soort.Length).Contains('|') && verwacht.Van(b) is null))
            Verouderd = true;
        Voeg(naam, new TableTransactionAction(TableTransactionActionType.Add, rij));
    }

    private void Voeg(string naam, TableTransactionAction actie)
    {
        _namen.Add(naam);
        Acties.Add(actie);
    }

    /// <summary>Whether two rows hold the same data (their keys aside).</summary>
    private static bool Gelijk(TableEntity a, TableEntity b) =>
        a.Keys.Where(Eigen).Order(StringComparer.Ordinal).SequenceEqual(b.Keys.Where(Eigen).Order(StringComparer.Ordinal), StringComparer.Ordinal)
        && a.Keys.Where(Eigen).All(k => Equals(a[k], b[k]));

    private static bool Eigen(string kolom) => kolom is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag");
}
