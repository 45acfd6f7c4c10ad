using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;

namespace Regio.Domain.Tests.Trajecten.Gunningen;

/// <summary>
/// The end of the opschortende termijn for real sending dates: day 20 after sending, moved to the next working day when it
/// falls on a weekend or a holiday of the Algemene termijnenwet (art. 3). Dates checked against the 2026 calendar.
/// </summary>
public class StandstillEindeTests
{
    [Theory]
    [InlineData("2021-12-16", "2022-01-05")] // Haarlem's huishoudelijke ondersteuning: day 20 is a Wednesday, no shift
    [InlineData("2026-11-01", "2026-11-23")] // day 20 is Saturday 21 November
    [InlineData("2026-11-02", "2026-11-23")] // day 20 is Sunday 22 November
    [InlineData("2026-04-07", "2026-04-28")] // day 20 is Monday 27 April, Koningsdag
    [InlineData("2026-03-17", "2026-04-07")] // day 20 is Monday 6 April, tweede paasdag
    [InlineData("2026-04-24", "2026-05-15")] // day 20 is Thursday 14 May, Hemelvaartsdag
    [InlineData("2026-05-05", "2026-05-26")] // day 20 is Monday 25 May, tweede pinksterdag
    [InlineData("2026-04-15", "2026-05-06")] // day 20 is Tuesday 5 May, Bevrijdingsdag
    [InlineData("2026-12-05", "2026-12-28")] // day 20 is Friday 25 December, then Boxing Day on Saturday and a Sunday
    [InlineData("2026-12-12", "2027-01-04")] // day 20 is Friday 1 January, then a weekend
    public void Standstill_ends_on_day_20_or_the_next_working_day(string verzonden, string einde) =>
        Assert.Equal(DateOnly.Parse(einde, System.Globalization.CultureInfo.InvariantCulture), Standstill.EindigtOp(DateOnly.Parse(verzonden, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Good_friday_ends_the_standstill_because_the_termijnenwet_does_not_name_it() =>
        // Day 20 after Saturday 14 March 2026 is Friday 3 April, Goede Vrijdag.
        Assert.Equal(new DateOnly(2026, 4, 3), Standstill.EindigtOp(new DateOnly(2026, 3, 14)));

    [Fact]
    public void Koningsdag_is_the_26th_when_the_27th_is_a_sunday_and_the_27th_is_then_an_ordinary_sunday()
    {
        // 2031: 27 April is a Sunday, so the king's birthday is celebrated on Saturday 26 April.
        Assert.Equal(DayOfWeek.Sunday, new DateOnly(2031, 4, 27).DayOfWeek);
        Assert.True(Termijnenwet.IsFeestdag(new DateOnly(2031, 4, 26)));
        Assert.False(Termijnenwet.IsFeestdag(new DateOnly(2031, 4, 27)));
        Assert.True(Termijnenwet.IsFeestdag(new DateOnly(2026, 4, 27)));
        Assert.False(Termijnenwet.IsFeestdag(new DateOnly(2026, 4, 26)));
    }

    [Fact]
    public void The_letter_states_the_end_date_with_its_weekday() =>
        Assert.Equal("dinsdag 28 april 2026", Dagtekst.Lang(Standstill.EindigtOp(new DateOnly(2026, 4, 7))));
}
