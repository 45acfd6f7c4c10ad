using Regio.Domain.Regios;

namespace Regio.Domain.Budgetten;

/// <summary>One gemeente's budget for one domain over a range of years. Private to that gemeente (DESIGN rule 2).</summary>
public sealed record Budget(GemeenteId Gemeente, Domein Domein, IReadOnlyList<int> Jaren, IReadOnlyList<Post> Posten, string Bron)
{
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
