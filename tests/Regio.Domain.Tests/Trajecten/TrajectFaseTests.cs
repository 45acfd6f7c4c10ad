using Regio.Domain.Regios;
using Regio.Domain.Trajecten;

namespace Regio.Domain.Tests.Trajecten;

public class TrajectFaseTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 23);

    private static Perceel PerceelIn(int nummer, Fase fase) =>
        new(nummer, $"Perceel {nummer}", [new FaseOvergang(fase, new DateOnly(2022, 1, 1), "test")]);

    private static Traject Met(params Perceel[] percelen) =>
        new(new TrajectId("t"), "T", new Eigenaar.DeRegio(new RegioId("r")), [], Procedure.Dialooggericht, null, percelen, []);

    [Fact]
    public void Traject_is_as_far_as_its_least_advanced_open_perceel() =>
        Assert.Equal(Fase.Dialoog, Met(PerceelIn(1, Fase.Inschrijving), PerceelIn(2, Fase.Dialoog)).FaseOp(Vandaag));

    [Fact]
    public void A_withdrawn_perceel_does_not_hold_the_traject_back() =>
        Assert.Equal(Fase.Inschrijving, Met(PerceelIn(1, Fase.Ingetrokken), PerceelIn(2, Fase.Inschrijving)).FaseOp(Vandaag));

    [Fact]
    public void Traject_whose_percelen_are_all_withdrawn_is_withdrawn() =>
        Assert.Equal(Fase.Ingetrokken, Met(PerceelIn(1, Fase.Ingetrokken)).FaseOp(Vandaag));

    [Fact]
    public void Eigenaar_round_trips_through_its_key()
    {
        Assert.True(Eigenaar.TryParse("gemeente:haarlem", out var eigenaar));
        Assert.Equal(new Eigenaar.EenGemeente(new GemeenteId("haarlem")), eigenaar);
        Assert.Equal("gemeente:haarlem", eigenaar.Sleutel);
    }

    [Theory]
    [InlineData("")]
    [InlineData("haarlem")]
    [InlineData("provincie:noord-holland")]
    [InlineData("regio:")]
    public void Eigenaar_key_of_an_unknown_form_is_refused(string sleutel) =>
        Assert.False(Eigenaar.TryParse(sleutel, out _));
}
