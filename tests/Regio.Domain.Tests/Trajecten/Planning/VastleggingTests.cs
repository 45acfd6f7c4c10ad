namespace Regio.Domain.Tests.Trajecten.Planning;

using Regio.Domain.Trajecten.Planning;
using static Planningen;

public class VastleggingTests
{
    [Fact]
    public void Recording_a_date_after_the_servers_today_is_refused()
    {
        var gisteren = WerkelijkeStart.AddDays(-1);

        var weigering = Weigering(Verschoven_naar_april.LegVast(ContractStart, WerkelijkeStart, Inkoper, Vastgelegd, gisteren));

        Assert.Equal(new PlanningWeigering.DatumInDeToekomst(WerkelijkeStart, gisteren), weigering);
        Assert.Contains("31 maart 2022", weigering.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Recording_today_as_the_actual_date_is_allowed()
    {
        var mijlpaal = Bijgewerkt(Verschoven_naar_april.LegVast(ContractStart, WerkelijkeStart, Inkoper, Vastgelegd, WerkelijkeStart)).Mijlpaal;

        Assert.Equal(WerkelijkeStart, mijlpaal.Realisatie!.Datum);
    }

    [Fact]
    public void Recording_a_milestone_twice_is_refused()
    {
        var weigering = Weigering(Gerealiseerd_in_april.LegVast(ContractStart, new DateOnly(2022, 4, 4), Inkoper, Vastgelegd, new DateOnly(2022, 5, 1)));

        Assert.Equal(new PlanningWeigering.AlGerealiseerd("Start contract huishoudelijke ondersteuning", WerkelijkeStart), weigering);
    }

    [Fact]
    public void Recording_an_unknown_milestone_is_refused()
    {
        Assert.Equal(new PlanningWeigering.OnbekendeMijlpaal(new MijlpaalId(2)),
            Weigering(MetContractStart.LegVast(new MijlpaalId(2), GeplandeStart, Inkoper, Vastgelegd, GeplandeStart)));
    }

    [Fact]
    public void A_refused_recording_leaves_the_planning_as_it_was()
    {
        var planning = Verschoven_naar_april;

        _ = planning.LegVast(ContractStart, WerkelijkeStart, Inkoper, Vastgelegd, GeplandeStart);

        Assert.Null(planning.Zoek(ContractStart)!.Realisatie);
    }
}
