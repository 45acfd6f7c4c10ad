using Regio.Domain.Rapportages;

namespace Regio.Domain.Tests.Rapportages;

public class MaandTests
{
    private static readonly DateOnly Vandaag = new(2022, 3, 1);

    [Fact]
    public void A_month_written_as_year_dash_month_is_read_and_named_in_Dutch()
    {
        var (maand, fout) = Maand.Lees(" 2022-02 ", Vandaag);

        Assert.Null(fout);
        Assert.Equal(new Maand(2022, 2), maand);
        Assert.Equal("februari 2022", maand!.Value.Naam);
        Assert.Equal("2022-02", maand.Value.ToString());
        Assert.Equal(new DateOnly(2022, 2, 28), maand.Value.LaatsteDag);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2022-13")]
    [InlineData("2022-00")]
    [InlineData("22-01")]
    [InlineData("2022/01")]
    [InlineData("januari")]
    [InlineData("+022-01")]
    [InlineData("2022-1")]
    public void A_month_in_another_form_is_refused_with_the_form_to_use(string? tekst)
    {
        var (maand, fout) = Maand.Lees(tekst, Vandaag);

        Assert.Null(maand);
        Assert.Equal("Geef de maand als jjjj-mm, bijvoorbeeld 2022-01 voor januari 2022.", fout);
    }

    [Fact]
    public void The_running_month_may_be_reported_on_but_the_next_one_not_yet()
    {
        Assert.Null(Maand.Lees("2022-03", Vandaag).Fout);

        var (maand, fout) = Maand.Lees("2022-04", Vandaag);

        Assert.Null(maand);
        Assert.Equal("April 2022 is nog niet begonnen (vandaag is het 1 maart 2022). Kies deze maand of een eerdere.", fout);
    }

    [Fact]
    public void A_month_before_2000_is_refused()
    {
        Assert.Equal("Kies een maand vanaf januari 2000.", Maand.Lees("1999-12", Vandaag).Fout);
        Assert.Equal("Kies een maand vanaf januari 2000.", Maand.Lees("0000-01", Vandaag).Fout);
    }

    [Fact]
    public void December_is_followed_by_January_of_the_next_year()
    {
        Assert.Equal(new Maand(2023, 1), new Maand(2022, 12).Volgende);
        Assert.True(new Maand(2022, 12) < new Maand(2023, 1));
    }
}
