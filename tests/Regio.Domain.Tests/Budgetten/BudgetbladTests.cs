using Regio.Domain.Budgetten;

namespace Regio.Domain.Tests.Budgetten;

public class BudgetbladTests
{
    private static List<IReadOnlyList<Cel>> Blad(params string[] regels) =>
        regels.Select(r => (IReadOnlyList<Cel>)r.Split(';').Select(c => new Cel(c)).ToList()).ToList();

    [Fact]
    public void A_sheet_with_posts_taakstellingen_and_a_matching_total_reads_as_whole_euros()
    {
        var blad = Budgetblad.Lees(Blad("Post;2022;2023", "Huishoudelijke ondersteuning;14.511.000;14408000", "Totaal taakstellingen Wmo;-5.164.000;-5.164.000", "Totaal;9.347.000;9.244.000"));

        Assert.True(blad.IsGeldig, string.Join(" | ", blad.Fouten));
        Assert.Equal([2022, 2023], blad.Jaren);
        Assert.Equal([-5_164_000L, -5_164_000L], blad.Posten[1].BedragenInEuro);
        Assert.Equal(2, blad.Posten.Count);
    }

    [Fact]
    public void Text_in_an_amount_is_refused_with_its_row_and_column()
    {
        var fout = Assert.Single(Budgetblad.Lees(Blad("Post;2022;2023", "Woonvoorzieningen;2.658.000;veel")).Fouten);

        Assert.Equal("Rij 2, kolom C", fout.Plaats);
        Assert.Contains("'veel' (2023) is geen bedrag in hele euro's", fout.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_year_in_the_header_is_refused_with_its_column()
    {
        var fout = Assert.Single(Budgetblad.Lees(Blad("Post;2022;;2024", "Woonvoorzieningen;1;2;3")).Fouten);

        Assert.Equal("Rij 1, kolom C", fout.Plaats);
        Assert.Contains("ontbreekt het jaartal", fout.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_amount_for_a_year_is_refused_with_its_row_and_column()
    {
        var fout = Assert.Single(Budgetblad.Lees(Blad("Post;2022;2023", "", "Woonvoorzieningen;1;")).Fouten);

        Assert.Equal("Rij 3, kolom C", fout.Plaats);
        Assert.Contains("Het bedrag (2023) ontbreekt", fout.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_post_is_refused_naming_both_rows()
    {
        var fout = Assert.Single(Budgetblad.Lees(Blad("Post;2022", "Woonvoorzieningen;1", "Vervoer;2", "woonvoorzieningen;3")).Fouten);

        Assert.Equal("Rij 4, kolom A", fout.Plaats);
        Assert.Contains("staat al in rij 2", fout.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void A_total_row_that_does_not_add_up_is_refused_at_its_cell()
    {
        var fout = Assert.Single(Budgetblad.Lees(Blad("Post;2022", "A;1.000", "B;2.000", "Totaal;4.000")).Fouten);

        Assert.Equal("Rij 4, kolom B", fout.Plaats);
    }

    [Theory]
    [InlineData("12,5")]
    [InlineData("1.2345")]
    [InlineData("€ 1.000,50")]
    public void Cents_and_malformed_grouping_are_not_whole_euros(string tekst) => Assert.False(Bedrag.TryLees(tekst, out _));

    [Fact]
    public void Excel_numbers_must_be_whole()
    {
        Assert.Single(Budgetblad.Lees([[new Cel("Post"), new Cel("2022", true)], [new Cel("A"), new Cel("12.5", true)]]).Fouten);
        Assert.True(Budgetblad.Lees([[new Cel("Post"), new Cel("2022", true)], [new Cel("A"), new Cel("-119000", true)]]).IsGeldig);
    }

    [Fact]
    public void The_preview_names_added_changed_and_removed_posts_per_year()
    {
        var huidig = new Budget(new Regios.GemeenteId("haarlem"), Domein.Wmo, [2022, 2023], [new Post("A", [1, 2]), new Post("B", [3, 4])], "test");

        var wijziging = Budgetwijziging.Tussen(huidig, [2023, 2024], [new Post("A", [2, 5]), new Post("C", [7, 8])]);

        Assert.Equal([2022, 2023, 2024], wijziging.Jaren);
        Assert.Equal([Wijzigingsoort.Gewijzigd, Wijzigingsoort.Toegevoegd, Wijzigingsoort.Verwijderd], wijziging.Posten.Select(p => p.Soort));
        Assert.Equal([1L, 2L, null], wijziging.Posten[0].Voor);
        Assert.Equal([null, 2L, 5L], wijziging.Posten[0].Na);
        Assert.Equal([4L, 6L, null], wijziging.TotaalVoor);
        Assert.Equal([null, 9L, 13L], wijziging.TotaalNa);
    }
}
