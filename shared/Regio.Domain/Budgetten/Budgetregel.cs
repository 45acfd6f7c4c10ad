namespace Regio.Domain.Budgetten;

/// <summary>
/// One change to one line of a budget, as a budgethouder makes it by hand between imports: the amount of a post in one
/// year, a new post, or a post removed. Posts are found by name, as a person reads the budget.
/// </summary>
public abstract record Budgetregel(string Post)
{
    public sealed record BedragWijzigen(string Post, int Jaar, long Euro) : Budgetregel(Post);

    /// <summary>A new post with one amount for each year of the budget, and for no other year.</summary>
    public sealed record PostToevoegen(string Post, IReadOnlyList<(int Jaar, long Euro)> Bedragen) : Budgetregel(Post);

    public sealed record PostVerwijderen(string Post) : Budgetregel(Post);

    /// <summary>The budget after this change, or per field what to fix (and then no budget).</summary>
    public (Budget? Nieuw, IReadOnlyDictionary<string, string> Fouten) PasToe(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var naam = Post?.Trim() ?? "";
        var posten = budget.Posten.ToList();
        var index = posten.FindIndex(p => string.Equals(p.Naam, naam, StringComparison.OrdinalIgnoreCase));
        if (Weigering(budget, naam, index) is { } fout)
        {
            return (null, new Dictionary<string, string> { [fout.Veld] = fout.Melding });
        }
        switch (this)
        {
            case BedragWijzigen b:
                var bedragen = posten[index].BedragenInEuro.ToArray();
                bedragen[budget.Jaren.ToList().IndexOf(b.Jaar)] = b.Euro;
                posten[index] = posten[index] with { BedragenInEuro = bedragen };
                break;
            case PostToevoegen t:
                posten.Add(new Post(naam, budget.Jaren.Select(j => t.Bedragen.Single(b => b.Jaar == j).Euro).ToList()));
                break;
            default:
                posten.RemoveAt(index);
                break;
        }
        return (budget with { Posten = posten }, new Dictionary<string, string>());
    }

    private (string Veld, string Melding)? Weigering(Budget budget, string naam, int index) => this switch
    {
        PostToevoegen when naam.Length is 0 or > 200 => ("post", "Geef de nieuwe post een naam van hoogstens 200 tekens, bijvoorbeeld '2204 Jeugdbescherming'."),
        PostToevoegen when string.Equals(naam, Budgetblad.Totaal, StringComparison.OrdinalIgnoreCase) =>
            ("post", "'Totaal' is geen post: het totaal telt Regio zelf op. Geef de post een eigen naam."),
        PostToevoegen when index >= 0 => ("post", $"De post '{budget.Posten[index].Naam}' bestaat al. Wijzig daar het bedrag, of geef de nieuwe post een andere naam."),
        PostToevoegen when budget.Posten.Count >= Budget.MaximumPosten =>
            ("post", $"Het budget heeft al {budget.Posten.Count} posten, het hoogste aantal. Voeg kleine posten samen."),
        PostToevoegen t when t.Bedragen.Count != budget.Jaren.Count || !budget.Jaren.All(j => t.Bedragen.Count(b => b.Jaar == j) == 1) =>
            ("bedragen", $"Geef voor elk jaar van het budget ({string.Join(", ", budget.Jaren)}) één bedrag in hele euro's; vul 0 in voor een jaar zonder bedrag."),
        BedragWijzigen or PostVerwijderen when index < 0 => ("post", $"Het budget heeft geen post '{naam}'. Kies een post uit de lijst."),
        BedragWijzigen b when !budget.Jaren.Contains(b.Jaar) =>
            ("jaar", $"Het budget loopt van {budget.Jaren[0]} tot en met {budget.Jaren[^1]}; kies een van die jaren."),
        BedragWijzigen b when budget.BedragIn(budget.Posten[index], b.Jaar) == b.Euro =>
            ("bedrag", $"De post '{budget.Posten[index].Naam}' heeft in {b.Jaar} al € {Bedrag.AlsEuro(b.Euro)}; er verandert niets."),
        PostVerwijderen when budget.Posten.Count == 1 => ("post", "Dit is de laatste post van het budget; een budget houdt ten minste één post."),
        _ => null,
    };
}
