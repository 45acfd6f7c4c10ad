using System.Globalization;
using Regio.Domain.Trajecten;

namespace Regio.Domain.OpenData;

/// <summary>
/// The contracting process of one published traject as OCDS releases: one per day on which something public changed
/// (published, a perceel's phase, a definitive award, a contract moved, started or ended), each the full public state at
/// the end of that day and tagged with what changed. The compiled release is the state after the last of them.
/// </summary>
public static class OcdsProces
{
    /// <summary>Our own prefix until the regio registers one with the Open Contracting Partnership ("ocds-" and six characters).</summary>
    public const string OcidPrefix = "ocds-regio";

    public static string Ocid(TrajectId traject) => $"{OcidPrefix}-{traject}";

    /// <summary>Empty while the traject is not published by <paramref name="vandaag"/>: its preparation is its owner's alone.</summary>
    public static IReadOnlyList<Ocds.Release> Releases(OcdsBron bron, DateOnly vandaag, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(bron);
        if (Gepubliceerd(bron.Traject, vandaag) is not { } gepubliceerd)
            return [];
        var releases = new List<Ocds.Release>();
        foreach (var dag in Dagen(bron, gepubliceerd, vandaag, zone))
        {
            var stand = OcdsStand.Op(bron, dag, zone);
            var tags = OcdsTags.Tussen(releases.Count > 0 ? releases[^1] : null, stand);
            if (tags.Count > 0)
                releases.Add(stand with { Id = $"{stand.Ocid}-{dag.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}", Tag = tags });
        }
        return releases;
    }

    /// <summary>The state after the last release, with the id OCDS asks for: "{ocid}-{date}".</summary>
    public static Ocds.Release Compiled(IReadOnlyList<Ocds.Release> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        var laatste = releases[^1];
        return laatste with { Id = $"{laatste.Ocid}-{laatste.Date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}", Tag = ["compiled"] };
    }

    /// <summary>The day the traject became public: its first announcement, or the first day a perceel left Voorbereiding.</summary>
    private static DateOnly? Gepubliceerd(Traject traject, DateOnly vandaag)
    {
        var dagen = traject.Percelen
            .Select(p => p.Dossier.AankondigingGepubliceerd)
            .Concat(traject.Percelen.SelectMany(p => p.Overgangen.Where(o => o.Fase != Fase.Voorbereiding).Select(o => (DateOnly?)o.Datum)))
            .OfType<DateOnly>()
            .Where(d => d <= vandaag)
            .ToList();
        return dagen.Count > 0 ? dagen.Min() : null;
    }

    private static IEnumerable<DateOnly> Dagen(OcdsBron bron, DateOnly gepubliceerd, DateOnly vandaag, TimeZoneInfo zone)
    {
        var contracten = bron.Contracten.SelectMany(c => new[] { c.Gegund, c.Startdatum, c.Einddatum.AddDays(1) }
            .Concat(c.Verschuivingen.Select(v => OcdsStand.Dag(v.Wanneer, zone))));
        return bron.Traject.Percelen.SelectMany(p => p.Overgangen.Select(o => o.Datum))
            .Concat(contracten)
            .Append(gepubliceerd)
            .Where(d => d >= gepubliceerd && d <= vandaag)
            .Distinct()
            .Order();
    }
}
