using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Planning;
using Regio.Platform.Demo;

namespace Regio.Platform.Tests.Demo;

/// <summary>The demo trajecten at the state the municipal documents describe.</summary>
public class DemoTrajectFeitenTests
{
    private static async Task<Traject> TrajectAsync(string id) =>
        DemoDataMapper.ToTraject((await TestStorage.ReadDemoDataAsync()).Trajecten.Single(t => t.Id == id));

    [Fact]
    public async Task Complexe_jeugdhulp_is_in_dialogue_with_four_strategic_partners_since_19_January_2022()
    {
        var perceel = (await TrajectAsync("jeugdhulp-2023")).Percelen.Single(p => p.Nummer == 1);

        Assert.Equal((Fase.Dialoog, new DateOnly(2022, 1, 19)), (perceel.FaseOp(new DateOnly(2026, 11, 23)), perceel.StandOp(new DateOnly(2026, 11, 23))!.Datum));
        Assert.Equal((new DateOnly(2022, 1, 19), 4), (perceel.Dossier.Dialoog!.Sinds, perceel.Dossier.Dialoog.Namen.Count));
        Assert.Contains("Nuhoff psychotherapie b.v.", perceel.Dossier.Dialoog.Namen);
    }

    [Fact]
    public async Task Jeugdhulp_offers_nine_years_with_evaluations_after_year_three_and_six_taakgericht()
    {
        var traject = await TrajectAsync("jeugdhulp-2023");

        Assert.Equal(((Domain.Budgetten.Domein?)Domain.Budgetten.Domein.Jeugd, 9, Bekostiging.Taakgericht),
            (traject.Domein, traject.Contract!.LooptijdJaren, traject.Contract.Bekostiging));
        Assert.Equal([3, 6], traject.Contract.Evaluatiemomenten);
    }

    [Fact]
    public async Task Huishoudelijke_ondersteuning_start_moved_from_1_January_to_1_April_2022_with_its_reason()
    {
        var traject = await TrajectAsync("huishoudelijke-ondersteuning-2022");

        var start = traject.Mijlpalen.Single(m => m.Soort == MijlpaalSoort.ContractStart);
        var verschuiving = Assert.Single(start.Verschuivingen);
        Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2022, 4, 1)), (verschuiving.Van, verschuiving.Naar));
        Assert.Contains("kort geding", verschuiving.Reden, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2022, 4, 1), start.Realisatie!.Datum);
        Assert.Equal(90, ((MijlpaalStand.Gerealiseerd)start.Stand(new DateOnly(2026, 11, 23))).AfwijkingInDagen);
    }

    [Fact]
    public async Task Huishoudelijke_ondersteuning_was_awarded_to_seven_and_its_kort_geding_ended_on_14_February_2022()
    {
        var dossier = (await TrajectAsync("huishoudelijke-ondersteuning-2022")).Percelen.Single().Dossier;

        Assert.Equal(new DateOnly(2021, 12, 16), dossier.Gunningsbeslissing!.Datum);
        Assert.Contains("7 aanbieders", dossier.Gunningsbeslissing.Motivering, StringComparison.Ordinal);
        var kortGeding = Assert.Single(dossier.Bezwaren);
        Assert.Equal((BezwaarSoort.KortGeding, (DateOnly?)new DateOnly(2022, 2, 14), "alle vorderingen afgewezen"), (kortGeding.Soort, kortGeding.Uitspraak, kortGeding.Uitkomst));
        Assert.False(Poorten.BezwaarLoopt(dossier, new DateOnly(2022, 2, 15)));
    }

    [Fact]
    public async Task Gewoon_in_de_Wijk_is_in_its_second_dialogue_round_with_two_samenwerkingsverbanden_since_3_November_2021()
    {
        var traject = await TrajectAsync("gewoon-in-de-wijk");
        var perceel = traject.Percelen.Single();

        Assert.Equal((new DateOnly(2021, 11, 3), 2), (perceel.Dossier.Dialoog!.Sinds, perceel.Dossier.Dialoog.Aantal));
        Assert.Equal(Fase.Dialoog, perceel.FaseOp(new DateOnly(2026, 11, 23)));
        Assert.Equal(Domain.Budgetten.Domein.Wmo, traject.Domein);
    }

    [Fact]
    public async Task Milestones_before_the_newest_source_are_realised_and_later_ones_still_planned()
    {
        var traject = await TrajectAsync("jeugdhulp-2023");

        Assert.True(traject.Mijlpalen.Single(m => m.GeplandeDatum == new DateOnly(2022, 1, 19)).IsGerealiseerd);
        Assert.False(traject.Mijlpalen.Single(m => m.Soort == MijlpaalSoort.ContractStart).IsGerealiseerd);
        Assert.Equal(MijlpaalSoort.EindeDialoog, traject.Mijlpalen.Single(m => m.GeplandeDatum == new DateOnly(2022, 5, 31)).Soort);
    }
}
