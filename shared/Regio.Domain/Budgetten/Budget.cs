using Regio.Domain.Regios;

namespace Regio.Domain.Budgetten;

/// <summary>One gemeente's budget for one domain over a range of years. Private to that gemeente (DESIGN rule 2).</summary>
public sealed record Budget(
    GemeenteId Gemeente, Domein Domein, IReadOnlyList<int> Jaren, IReadOnlyList<Post> Posten, string Bron,
    BudgetStatus Status = BudgetStatus.Concept)
{
    /// <summary>The most posts one budget can have: a change replaces them all in one table transaction of at most 100 rows.</summary>
    public const int MaximumPosten = 90;

    public long? TotaalIn(int jaar) => Jaren.ToList().IndexOf(jaar) is var i and >= 0 ? Posten.Sum(p => p.BedragenInEuro[i]) : null;

    public long? BedragIn(Post post, int jaar) => Jaren.ToList().IndexOf(jaar) is var i and >= 0 ? post?.BedragenInEuro[i] : null;

    public IReadOnlyList<long> TotaalInEuro() =>
        Jaren.Select((_, i) => Posten.Sum(p => p.BedragenInEuro[i])).ToList();

    /// <summary>Names the first way in which the budget does not hang together, or null when it does.</summary>
    public string? Inconsistentie()
    {
        if (Jaren.Count == 0)
        {
            return "Het budget heeft geen jaren.";
        }
        var scheef = Posten.FirstOrDefault(p => p.BedragenInEuro.Count != Jaren.Count);
        return scheef is null
            ? null
            : $"De post '{scheef.Naam}' heeft {scheef.BedragenInEuro.Count} bedragen voor {Jaren.Count} jaren.";
    }
}
