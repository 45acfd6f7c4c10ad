using Regio.Domain.Budgetten;
using Regio.Domain.Regios;

namespace Regio.Domain.Tests.Budgetten;

public class BudgetTests
{
    private static Budget Budget(params Post[] posten) =>
        new(new GemeenteId("haarlem"), Domein.Wmo, [2022, 2023], posten, "test");

    [Fact]
    public void Total_per_year_includes_taakstellingen_as_negative_lines()
    {
        var budget = Budget(new Post("Huishoudelijke ondersteuning", [14_511_000, 14_408_000]), new Post("Totaal taakstellingen Wmo", [-5_164_000, -5_164_000]));
        Assert.Equal([9_347_000L, 9_244_000L], budget.TotaalInEuro());
        Assert.True(budget.Posten[1].IsTaakstelling);
    }

    [Fact]
    public void Budget_with_a_post_that_misses_a_year_names_that_post()
    {
        var fout = Budget(new Post("Woonvoorzieningen", [2_658_000])).Inconsistentie();
        Assert.Equal("De post 'Woonvoorzieningen' heeft 1 bedragen voor 2 jaren.", fout);
    }

    [Fact]
    public void Amounts_are_shown_in_k_euro_with_Dutch_digit_grouping() =>
        Assert.Equal("14.511", Bedrag.AlsKiloEuro(Bedrag.VanKiloEuro(14_511)));
}
