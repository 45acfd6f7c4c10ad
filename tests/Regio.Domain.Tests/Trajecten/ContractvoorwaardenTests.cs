using Regio.Domain.Trajecten;

namespace Regio.Domain.Tests.Trajecten;

public class ContractvoorwaardenTests
{
    [Fact]
    public void Nine_years_with_evaluations_in_year_three_and_six_is_valid()
    {
        Assert.Empty(new Contractvoorwaarden(9, [3, 6], Bekostiging.Taakgericht).Controleer());
    }

    [Fact]
    public void Ten_years_is_too_long_and_says_so_in_Dutch()
    {
        var fouten = new Contractvoorwaarden(10, [3], Bekostiging.Outputgericht).Controleer();

        Assert.Contains("maximaal 9 jaar", fouten["contract.looptijdJaren"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void An_evaluation_outside_the_term_is_named(int jaar)
    {
        var fouten = new Contractvoorwaarden(4, [2, jaar], Bekostiging.Inspanningsgericht).Controleer();

        Assert.Contains(jaar.ToString(System.Globalization.CultureInfo.InvariantCulture), fouten["contract.evaluatiemomenten"], StringComparison.Ordinal);
    }
}
