using Regio.Domain.Budgetten;
using Regio.Domain.Regios;

namespace Regio.Domain.Tests.Budgetten;

public class BudgetregelTests
{
    private static readonly Budget Jeugd = new(new GemeenteId("haarlem"), Domein.Jeugd, [2024, 2025],
        [new Post("2201 Ambulante jeugdhulp", [22_688_000, 22_688_000]), new Post("Totaal taakstellingen Jeugd", [-4_069_000, -4_069_000])], "test");

    [Fact]
    public void Changing_one_amount_changes_only_that_post_in_that_year_and_the_total_follows()
    {
        var (nieuw, fouten) = new Budgetregel.BedragWijzigen("2201 ambulante JEUGDHULP", 2025, 23_000_000).PasToe(Jeugd);

        Assert.Empty(fouten);
        Assert.Equal([22_688_000L, 23_000_000L], nieuw!.Posten[0].BedragenInEuro);
        Assert.Equal(Jeugd.Posten[1], nieuw.Posten[1]);
        Assert.Equal(23_000_000 - 4_069_000, nieuw.TotaalIn(2025));
    }

    [Fact]
    public void A_new_post_gets_its_amounts_in_the_budgets_order_of_years()
    {
        var (nieuw, fouten) = new Budgetregel.PostToevoegen(" 2204 Jeugdbescherming ", [(2025, 2_000), (2024, 1_000)]).PasToe(Jeugd);

        Assert.Empty(fouten);
        Assert.Equal("2204 Jeugdbescherming", nieuw!.Posten[^1].Naam);
        Assert.Equal([1_000L, 2_000L], nieuw.Posten[^1].BedragenInEuro);
    }

    [Theory]
    [InlineData("Totaal taakstellingen Jeugd", "post")]
    [InlineData("totaal", "post")]
    [InlineData("", "post")]
    public void A_new_post_with_a_taken_or_reserved_name_is_refused_on_its_name(string naam, string veld) =>
        Assert.Equal([veld], new Budgetregel.PostToevoegen(naam, [(2024, 1), (2025, 1)]).PasToe(Jeugd).Fouten.Keys);

    [Fact]
    public void A_new_post_without_an_amount_for_every_year_is_refused_naming_the_years()
    {
        var (nieuw, fouten) = new Budgetregel.PostToevoegen("2204 Jeugdbescherming", [(2024, 1), (2026, 1)]).PasToe(Jeugd);

        Assert.Null(nieuw);
        Assert.Contains("2024, 2025", fouten["bedragen"], StringComparison.Ordinal);
    }

    [Fact]
    public void Refusals_name_the_field_to_fix()
    {
        Assert.Equal(["post"], new Budgetregel.BedragWijzigen("Bestaat niet", 2024, 1).PasToe(Jeugd).Fouten.Keys);
        Assert.Equal(["jaar"], new Budgetregel.BedragWijzigen("2201 Ambulante jeugdhulp", 2030, 1).PasToe(Jeugd).Fouten.Keys);
        Assert.Equal(["bedrag"], new Budgetregel.BedragWijzigen("2201 Ambulante jeugdhulp", 2024, 22_688_000).PasToe(Jeugd).Fouten.Keys);
        Assert.Equal(["post"], new Budgetregel.PostVerwijderen("Bestaat niet").PasToe(Jeugd).Fouten.Keys);
    }

    [Fact]
    public void Removing_a_post_keeps_the_others_and_the_last_post_cannot_be_removed()
    {
        var (zonder, _) = new Budgetregel.PostVerwijderen("Totaal taakstellingen Jeugd").PasToe(Jeugd);

        Assert.Equal(["2201 Ambulante jeugdhulp"], zonder!.Posten.Select(p => p.Naam));
        Assert.Equal(["post"], new Budgetregel.PostVerwijderen("2201 Ambulante jeugdhulp").PasToe(zonder).Fouten.Keys);
    }
}
