namespace Regio.Domain.Tests.Trajecten.Planning;

using Regio.Domain.Trajecten.Planning;
using static Planningen;

public class StandTests
{
    [Theory]
    [InlineData(2021, 12, 31, 1)]
    [InlineData(2022, 1, 1, 0)]
    public void A_milestone_is_planned_up_to_and_including_its_planned_day(int jaar, int maand, int dag, int dagenTeGaan)
    {
        var stand = Assert.Single(MetContractStart.Stand(new DateOnly(jaar, maand, dag)));

        Assert.Equal(dagenTeGaan, Assert.IsType<MijlpaalStand.Gepland>(stand).DagenTeGaan);
    }

    [Fact]
    public void A_milestone_not_recorded_the_day_after_its_planned_date_is_overdue()
    {
        var stand = Assert.Single(MetContractStart.Stand(new DateOnly(2022, 1, 2)));

        Assert.Equal(1, Assert.IsType<MijlpaalStand.Verlopen>(stand).DagenTeLaat);
    }

    [Fact]
    public void Moving_an_overdue_milestone_makes_it_planned_again()
    {
        var vandaag = new DateOnly(2022, 1, 10);

        Assert.IsType<MijlpaalStand.Verlopen>(Assert.Single(MetContractStart.Stand(vandaag)));
        Assert.IsType<MijlpaalStand.Gepland>(Assert.Single(Verschoven_naar_april.Stand(vandaag)));
    }

    [Fact]
    public void A_realised_milestone_stays_realised_however_late_it_is_read()
    {
        Assert.IsType<MijlpaalStand.Gerealiseerd>(Assert.Single(Gerealiseerd_in_april.Stand(new DateOnly(2031, 4, 1))));
    }

    [Fact]
    public void Stand_lists_every_milestone_in_planning_order()
    {
        var planning = Bijgewerkt(Gerealiseerd_in_april.Plan(
            MijlpaalSoort.Evaluatie, "Evaluatie na jaar 3", new DateOnly(2025, 4, 1), Inkoper, Vastgelegd)).Planning;

        var stand = planning.Stand(new DateOnly(2022, 6, 1));

        Assert.Collection(stand,
            s => Assert.IsType<MijlpaalStand.Gerealiseerd>(s),
            s => Assert.Equal(new MijlpaalId(2), Assert.IsType<MijlpaalStand.Gepland>(s).Mijlpaal.Id));
    }

    [Fact]
    public void The_next_check_is_the_day_a_planned_date_passes()
    {
        Assert.Equal(new DateOnly(2022, 1, 2), MetContractStart.VolgendeControle(new DateOnly(2021, 12, 1)));
        Assert.Equal(new DateOnly(2022, 1, 2), MetContractStart.VolgendeControle(GeplandeStart));
    }

    [Fact]
    public void Nothing_needs_a_check_once_every_milestone_is_overdue_or_realised()
    {
        Assert.Null(MetContractStart.VolgendeControle(new DateOnly(2022, 1, 2)));
        Assert.Null(Gerealiseerd_in_april.VolgendeControle(GeplandeStart));
    }
}
