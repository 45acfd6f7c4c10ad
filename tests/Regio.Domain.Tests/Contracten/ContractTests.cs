using Regio.Domain.Contracten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Planning;

namespace Regio.Domain.Tests.Contracten;

public class ContractTests
{
    private static readonly Traject Traject = new(new TrajectId("hulp-bij-het-huishouden"), "Huishoudelijke ondersteuning (demo)",
        new Eigenaar.EenGemeente(new GemeenteId("haarlem")), [new GemeenteId("haarlem")], Procedure.Openbaar, null,
        [new Perceel(1, "Thuisondersteuning", [])],
        [new GeplandeMijlpaal(new MijlpaalId(1), MijlpaalSoort.ContractStart, "Start contract", new DateOnly(2022, 1, 1), "i", DateTimeOffset.UnixEpoch)],
        Contract: new Contractvoorwaarden(9, [3, 6], Bekostiging.Taakgericht));

    private static readonly Opdrachtgever Haarlem = new("haarlem", "Gemeente Haarlem", null);

    private static IReadOnlyList<Contract> Maak(long? bedrag = null, params string[] winnaars)
    {
        var (contracten, weigering) = Contractregels.Maak(Traject, 1, Haarlem,
            winnaars.Select(w => new Opdrachtnemer(w, w, [])).ToList(), null, bedrag, new DateOnly(2021, 12, 20), "inkoper");
        Assert.Null(weigering);
        return contracten!;
    }

    [Fact]
    public void Each_awarded_aanbieder_gets_a_contract_starting_on_the_planned_date_with_evaluations_after_year_3_and_6()
    {
        var contracten = Maak(null, "aanbieder|a", "combinatie|abcdefghij");
        Assert.Equal(2, contracten.Count);
        var c = contracten[0];
        Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2030, 12, 31)), (c.Startdatum, c.Einddatum));
        Assert.Equal([new Evaluatiemoment(3, new DateOnly(2025, 1, 1)), new Evaluatiemoment(6, new DateOnly(2028, 1, 1))], c.Evaluaties);
        Assert.Equal("hulp-bij-het-huishouden.1.combinatie.abcdefghij", contracten[1].Id);
        Assert.Equal((new TrajectId("hulp-bij-het-huishouden"), 1, "combinatie|abcdefghij"), Contract.LeesId(contracten[1].Id));
        Assert.Null(Contract.LeesId("haarlem"));
        Assert.Null(Contract.LeesId("traject\\x.1.aanbieder.a"));
    }

    [Fact]
    public void Moving_the_start_keeps_every_move_with_its_reason_and_the_original_date()
    {
        var c = Maak(null, "aanbieder|a")[0];
        var eerste = Assert.IsType<ContractUitkomst.Toegestaan>(Contractregels.VerplaatsStart(c, new DateOnly(2022, 4, 1),
            "Inwerkingtreding opgeschort vanwege kort geding", "Inkoper (demo)", DateTimeOffset.UnixEpoch)).Contract;
        var tweede = Assert.IsType<ContractUitkomst.Toegestaan>(Contractregels.VerplaatsStart(eerste, new DateOnly(2022, 5, 1), "Nog een reden", "Inkoper (demo)", DateTimeOffset.UnixEpoch)).Contract;
        Assert.Equal(new DateOnly(2022, 1, 1), tweede.OorspronkelijkeStart);
        Assert.Equal([(new DateOnly(2022, 1, 1), new DateOnly(2022, 4, 1)), (new DateOnly(2022, 4, 1), new DateOnly(2022, 5, 1))], tweede.Verschuivingen.Select(v => (v.Van, v.Naar)));
        Assert.Equal("Inwerkingtreding opgeschort vanwege kort geding", tweede.Verschuivingen[0].Reden);
        Assert.Equal(new DateOnly(2025, 5, 1), tweede.Evaluaties[0].Datum);
    }

    [Fact]
    public void A_move_needs_a_reason_and_another_date()
    {
        var c = Maak(null, "aanbieder|a")[0];
        Assert.IsType<ContractWeigering.GeenReden>(Assert.IsType<ContractUitkomst.Geweigerd>(Contractregels.VerplaatsStart(c, new DateOnly(2022, 4, 1), " ", "i", DateTimeOffset.UnixEpoch)).Weigering);
        Assert.IsType<ContractWeigering.ZelfdeDatum>(Assert.IsType<ContractUitkomst.Geweigerd>(Contractregels.VerplaatsStart(c, c.Startdatum, "reden", "i", DateTimeOffset.UnixEpoch)).Weigering);
    }

    [Fact]
    public void The_taakgericht_amount_per_year_must_be_above_zero()
    {
        var c = Maak(null, "aanbieder|a")[0];
        Assert.IsType<ContractWeigering.OngeldigBedrag>(Assert.IsType<ContractUitkomst.Geweigerd>(Contractregels.StelBedragVast(c, 0)).Weigering);
        Assert.Equal(1_250_000, Assert.IsType<ContractUitkomst.Toegestaan>(Contractregels.StelBedragVast(c, 1_250_000)).Contract.BedragPerJaar);
        var (_, weigering) = Contractregels.Maak(Traject, 1, Haarlem, [new Opdrachtnemer("aanbieder|a", "a", [])], null, -5, new DateOnly(2021, 12, 20), "i");
        Assert.IsType<ContractWeigering.OngeldigBedrag>(weigering);
    }

    [Fact]
    public void An_amount_per_year_is_refused_for_a_contract_that_is_not_taakgericht()
    {
        var c = Maak(null, "aanbieder|a")[0] with { Bekostiging = Bekostiging.Inspanningsgericht };
        Assert.IsType<ContractWeigering.GeenTaakgericht>(Assert.IsType<ContractUitkomst.Geweigerd>(Contractregels.StelBedragVast(c, 100)).Weigering);
    }
}
