namespace Regio.Domain.Tests.Trajecten.Planning;

using Regio.Domain.Trajecten.Planning;
using static Planningen;

public class VerschuivingTests
{
    [Fact]
    public void Moving_an_unknown_milestone_is_refused()
    {
        var weigering = Weigering(MetContractStart.Verschuif(new MijlpaalId(7), WerkelijkeStart, Inkoper, Verschoven, KortGeding));

        Assert.Equal(new PlanningWeigering.OnbekendeMijlpaal(new MijlpaalId(7)), weigering);
        Assert.Equal("OnbekendeMijlpaal", weigering.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Moving_without_a_reason_is_refused(string reden)
    {
        var weigering = Weigering(MetContractStart.Verschuif(ContractStart, WerkelijkeStart, Inkoper, Verschoven, reden));

        Assert.IsType<PlanningWeigering.GeenReden>(weigering);
        Assert.Contains("reden", weigering.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_a_realised_milestone_is_refused()
    {
        var weigering = Weigering(Gerealiseerd_in_april.Verschuif(ContractStart, new DateOnly(2022, 5, 1), Inkoper, Verschoven, "Te laat ingevoerd"));

        Assert.Equal(new PlanningWeigering.AlGerealiseerd("Start contract huishoudelijke ondersteuning", WerkelijkeStart), weigering);
        Assert.Contains("1 april 2022", weigering.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_to_the_date_already_planned_is_refused_rather_than_recorded_as_a_move()
    {
        var weigering = Weigering(MetContractStart.Verschuif(ContractStart, GeplandeStart, Inkoper, Verschoven, KortGeding));

        Assert.Equal(new PlanningWeigering.ZelfdeDatum("Start contract huishoudelijke ondersteuning", GeplandeStart), weigering);
        Assert.Contains("1 januari 2022", weigering.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_back_to_the_original_date_is_a_move_with_its_own_reason()
    {
        var terug = Bijgewerkt(Verschoven_naar_april.Verschuif(ContractStart, GeplandeStart, Inkoper, Vastgelegd, "Kort geding ingetrokken")).Mijlpaal;

        Assert.Equal(2, terug.Verschuivingen.Count);
        Assert.Equal(GeplandeStart, terug.OorspronkelijkeDatum);
    }

    [Fact]
    public void A_realised_milestone_is_reported_before_a_missing_reason()
    {
        Assert.IsType<PlanningWeigering.AlGerealiseerd>(
            Weigering(Gerealiseerd_in_april.Verschuif(ContractStart, new DateOnly(2022, 5, 1), Inkoper, Verschoven, "")));
    }

    [Fact]
    public void Planning_without_a_description_is_refused()
    {
        Assert.IsType<PlanningWeigering.GeenOmschrijving>(
            Weigering(Leeg.Plan(MijlpaalSoort.Overig, " ", GeplandeStart, Inkoper, Ingepland)));
    }

    [Fact]
    public void A_missing_actor_is_a_programming_error_not_a_refusal()
    {
        Assert.Throws<ArgumentException>(() => MetContractStart.Verschuif(ContractStart, WerkelijkeStart, " ", Verschoven, KortGeding));
    }

    [Fact]
    public void Every_refusal_has_a_Dutch_message_and_its_own_code()
    {
        PlanningWeigering[] weigeringen =
        [
            new PlanningWeigering.OnbekendeMijlpaal(ContractStart), new PlanningWeigering.GeenOmschrijving(),
            new PlanningWeigering.GeenReden("Start"), new PlanningWeigering.ZelfdeDatum("Start", GeplandeStart),
            new PlanningWeigering.AlGerealiseerd("Start", WerkelijkeStart), new PlanningWeigering.DatumInDeToekomst(WerkelijkeStart, GeplandeStart),
        ];

        Assert.All(weigeringen, w => Assert.False(string.IsNullOrWhiteSpace(w.Melding), w.Code));
        Assert.Equal(weigeringen.Length, weigeringen.Select(w => w.Code).Distinct().Count());
    }
}
