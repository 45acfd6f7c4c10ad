namespace Regio.Domain.Trajecten.Beoordelingen;

/// <summary>An inschrijver's place: its rank, its weighted total, and whether it shares that rank with another.</summary>
public sealed record Plaats(int Rang, string Inschrijver, decimal Totaal, bool Gedeeld);

/// <summary>
/// The ranking by consensus totals. Equal totals share a rank (1, 1, 3) and are reported as a tie: breaking a tie is a
/// decision for the inkoper with its own reason (for instance a tie-break rule in the tender documents), never the
/// order in which rows happen to come back.
/// </summary>
public sealed record Rangschikking(IReadOnlyList<Plaats> Plaatsen)
{
    public bool HeeftGelijkspel => Plaatsen.Any(p => p.Gedeeld);

    /// <summary>The inschrijvers that share a rank, per rank.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Gelijkspelen => Plaatsen.Where(p => p.Gedeeld)
        .GroupBy(p => p.Rang).Select(g => (IReadOnlyList<string>)g.Select(p => p.Inschrijver).ToList()).ToList();

    public static Rangschikking Bereken(Gunningscriteria criteria, IReadOnlyList<Consensus> consensus)
    {
        var totalen = consensus.Select(c => (c.Inschrijver, Totaal: Beoordelingsregels.Totaal(criteria, c.Scores)))
            .OrderByDescending(t => t.Totaal).ThenBy(t => t.Inschrijver, StringComparer.Ordinal).ToList();
        return new(totalen.Select(t => new Plaats(
            Rang: 1 + totalen.Count(o => o.Totaal > t.Totaal),
            t.Inschrijver,
            t.Totaal,
            Gedeeld: totalen.Count(o => o.Totaal == t.Totaal) > 1)).ToList());
    }
}
