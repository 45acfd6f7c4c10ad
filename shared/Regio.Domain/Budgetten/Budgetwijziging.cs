namespace Regio.Domain.Budgetten;

public enum Wijzigingsoort
{
    Ongewijzigd,
    Toegevoegd,
    Gewijzigd,
    Verwijderd,
}

/// <summary>One post before and after, per year of <see cref="Budgetwijziging.Jaren"/>; null where it had or has no amount.</summary>
public sealed record PostWijziging(string Naam, Wijzigingsoort Soort, IReadOnlyList<long?> Voor, IReadOnlyList<long?> Na);

/// <summary>
/// What applying a new version of a budget would change, post by post and year by year: the preview a budgethouder
/// sees before an import is applied. Posts are matched by name, as a person reads the sheet.
/// </summary>
public sealed record Budgetwijziging(IReadOnlyList<int> Jaren, IReadOnlyList<PostWijziging> Posten, IReadOnlyList<long?> TotaalVoor, IReadOnlyList<long?> TotaalNa)
{
    public bool HeeftWijzigingen => Posten.Any(p => p.Soort != Wijzigingsoort.Ongewijzigd) || TotaalVoor.Zip(TotaalNa).Any(t => t.First != t.Second);

    public int Aantal(Wijzigingsoort soort) => Posten.Count(p => p.Soort == soort);

    public static Budgetwijziging Tussen(Budget? huidig, IReadOnlyList<int> jaren, IReadOnlyList<Post> posten)
    {
        ArgumentNullException.ThrowIfNull(jaren);
        ArgumentNullException.ThrowIfNull(posten);
        var oudeJaren = huidig?.Jaren ?? [];
        var alle = oudeJaren.Union(jaren).Order().ToList();
        var oud = (huidig?.Posten ?? []).ToDictionary(p => p.Naam, StringComparer.OrdinalIgnoreCase);
        var nieuwNamen = posten.Select(p => p.Naam).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var regels = posten.Select(p =>
        {
            var voor = oud.TryGetValue(p.Naam, out var o) ? Per(alle, oudeJaren, o.BedragenInEuro) : alle.Select(_ => (long?)null).ToList();
            var na = Per(alle, jaren, p.BedragenInEuro);
            var soort = o is null ? Wijzigingsoort.Toegevoegd : voor.SequenceEqual(na) ? Wijzigingsoort.Ongewijzigd : Wijzigingsoort.Gewijzigd;
            return new PostWijziging(p.Naam, soort, voor, na);
        }).Concat((huidig?.Posten ?? []).Where(p => !nieuwNamen.Contains(p.Naam)).Select(p =>
            new PostWijziging(p.Naam, Wijzigingsoort.Verwijderd, Per(alle, oudeJaren, p.BedragenInEuro), alle.Select(_ => (long?)null).ToList())))
            .ToList();
        return new Budgetwijziging(alle, regels,
            alle.Select(j => huidig?.TotaalIn(j)).ToList(),
            alle.Select(j => jaren.Contains(j) ? posten.Sum(p => p.BedragenInEuro[IndexOf(jaren, j)]) : (long?)null).ToList());
    }

    private static List<long?> Per(List<int> alle, IReadOnlyList<int> jaren, IReadOnlyList<long> bedragen) =>
        alle.Select(j => IndexOf(jaren, j) is var i and >= 0 ? bedragen[i] : (long?)null).ToList();

    private static int IndexOf(IReadOnlyList<int> jaren, int jaar)
    {
        for (var i = 0; i < jaren.Count; i++)
        {
            if (jaren[i] == jaar)
                return i;
        }
        return -1;
    }
}
