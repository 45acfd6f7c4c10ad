namespace Regio.Domain.Tests.Trajecten.Planning;

using Regio.Domain.Trajecten.Planning;
using static Planningen;

/// <summary>Haarlem's contract start for huishoudelijke ondersteuning: planned 1-1-2022, moved by a kort geding, started 1-4-2022.</summary>
public class HuishoudelijkeOndersteuningTests
{
    [Fact]
    public void Planning_a_milestone_records_who_planned_it_and_when()
    {
        var uitkomst = Bijgewerkt(Leeg.Plan(MijlpaalSoort.ContractStart, "  Start contract  ", GeplandeStart, Inkoper, Ingepland));

        var mijlpaal = Assert.Single(uitkomst.Planning.Mijlpalen);
        Assert.Equal(uitkomst.Mijlpaal, mijlpaal);
        Assert.Equal((ContractStart, MijlpaalSoort.ContractStart, "Start contract", GeplandeStart, Inkoper, Ingepland),
            (mijlpaal.Id, mijlpaal.Soort, mijlpaal.Omschrijving, mijlpaal.GeplandeDatum, mijlpaal.GeplandDoor, mijlpaal.GeplandOp));
        Assert.Empty(mijlpaal.Verschuivingen);
        Assert.Null(mijlpaal.Realisatie);
    }

    [Fact]
    public void Moving_contract_start_records_who_when_and_why()
    {
        var mijlpaal = Verschoven_naar_april.Zoek(ContractStart)!;

        Assert.Equal(WerkelijkeStart, mijlpaal.GeplandeDatum);
        Assert.Equal(GeplandeStart, mijlpaal.OorspronkelijkeDatum);
        Assert.Equal(new Verschuiving(GeplandeStart, WerkelijkeStart, Inkoper, Verschoven, KortGeding), Assert.Single(mijlpaal.Verschuivingen));
    }

    [Fact]
    public void Recording_the_start_on_1_april_shows_a_deviation_of_90_days_and_keeps_the_history()
    {
        var stand = Assert.Single(Gerealiseerd_in_april.Stand(new DateOnly(2022, 6, 1)));

        var gerealiseerd = Assert.IsType<MijlpaalStand.Gerealiseerd>(stand);
        Assert.Equal(90, gerealiseerd.AfwijkingInDagen);
        Assert.Equal(new Realisatie(WerkelijkeStart, Inkoper, Vastgelegd), gerealiseerd.Mijlpaal.Realisatie);
        Assert.Equal(KortGeding, Assert.Single(gerealiseerd.Mijlpaal.Verschuivingen).Reden);
    }

    [Fact]
    public void Deviation_counts_from_the_first_planned_date_across_several_moves()
    {
        var februari = Bijgewerkt(MetContractStart.Verschuif(ContractStart, new DateOnly(2022, 2, 1), Inkoper, Verschoven, "Standstill loopt nog")).Planning;
        var april = Bijgewerkt(februari.Verschuif(ContractStart, WerkelijkeStart, Inkoper, Verschoven.AddDays(30), KortGeding)).Planning;
        var vastgelegd = Bijgewerkt(april.LegVast(ContractStart, WerkelijkeStart, Inkoper, Vastgelegd, WerkelijkeStart)).Mijlpaal;

        Assert.Equal([GeplandeStart, new DateOnly(2022, 2, 1)], vastgelegd.Verschuivingen.Select(v => v.Van));
        Assert.Equal(90, Assert.IsType<MijlpaalStand.Gerealiseerd>(vastgelegd.Stand(WerkelijkeStart)).AfwijkingInDagen);
    }

    [Fact]
    public void A_milestone_that_happens_earlier_than_planned_has_a_negative_deviation()
    {
        var mijlpaal = Bijgewerkt(MetContractStart.LegVast(ContractStart, new DateOnly(2021, 12, 30), Inkoper, Vastgelegd, GeplandeStart)).Mijlpaal;

        Assert.Equal(-2, Assert.IsType<MijlpaalStand.Gerealiseerd>(mijlpaal.Stand(GeplandeStart)).AfwijkingInDagen);
    }

    [Fact]
    public void Changing_one_milestone_leaves_the_others_and_the_original_planning_untouched()
    {
        var metAankondiging = Bijgewerkt(MetContractStart.Plan(
            MijlpaalSoort.Aankondiging, "Aankondiging op TenderNed", new DateOnly(2021, 6, 1), Inkoper, Ingepland)).Planning;
        var verschoven = Bijgewerkt(metAankondiging.Verschuif(ContractStart, WerkelijkeStart, Inkoper, Verschoven, KortGeding)).Planning;

        Assert.Equal([1, 2], verschoven.Mijlpalen.Select(m => m.Id.Value));
        Assert.Same(metAankondiging.Mijlpalen[1], verschoven.Mijlpalen[1]);
        Assert.Equal(GeplandeStart, metAankondiging.Zoek(ContractStart)!.GeplandeDatum);
    }
}
