using Regio.Domain.Trajecten;

namespace Regio.Domain.Tests.Trajecten;

public class PerceelFaseTests
{
    private static readonly Perceel Perceel = new(1, "Complexe jeugdhulp",
    [
        new FaseOvergang(Fase.Dialoog, new DateOnly(2022, 1, 19), "Kick-off dialoogfase"),
        new FaseOvergang(Fase.Inschrijving, new DateOnly(2022, 6, 1), "Uitnodiging tot inschrijving"),
    ]);

    [Fact]
    public void Perceel_is_in_voorbereiding_before_its_first_recorded_transition() =>
        Assert.Equal(Fase.Voorbereiding, Perceel.FaseOp(new DateOnly(2022, 1, 18)));

    [Fact]
    public void Perceel_enters_a_phase_on_the_day_of_the_transition() =>
        Assert.Equal(Fase.Dialoog, Perceel.FaseOp(new DateOnly(2022, 1, 19)));

    [Fact]
    public void Perceel_is_in_the_phase_of_its_latest_transition_that_has_taken_place()
    {
        Assert.Equal(Fase.Dialoog, Perceel.FaseOp(new DateOnly(2022, 5, 31)));
        Assert.Equal(Fase.Inschrijving, Perceel.FaseOp(new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void Transitions_recorded_out_of_order_still_give_the_latest_phase()
    {
        var perceel = Perceel with { Overgangen = [.. Perceel.Overgangen.Reverse()] };
        Assert.Equal(Fase.Inschrijving, perceel.FaseOp(new DateOnly(2023, 1, 1)));
    }
}
