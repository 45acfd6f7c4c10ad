using Regio.Domain.Trajecten.Beoordelingen;
using static Regio.Domain.Tests.Trajecten.Beoordelingen.Voorbeeldbeoordeling;

namespace Regio.Domain.Tests.Trajecten.Beoordelingen;

public class BeoordelingsregelsTests
{
    [Fact]
    public void Scores_on_the_scale_with_a_motivation_for_every_point_hold()
    {
        Assert.Empty(Beoordelingsregels.Controleer(Criteria, Scores(8, 6, 10)));
    }

    [Fact]
    public void A_score_off_the_scale_is_refused_naming_the_scale()
    {
        var fouten = Beoordelingsregels.Controleer(Criteria, Scores(7, 6, 10));

        Assert.Contains("0, 2, 4, 6, 8, 10", fouten["scores[0].waarde"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_without_motivation_or_a_missing_point_is_refused()
    {
        var scores = Scores(8, 6, 10);
        scores[2] = scores[2] with { Motivering = " " };

        Assert.Contains("Motiveer", Beoordelingsregels.Controleer(Criteria, scores)["scores[2].motivering"], StringComparison.Ordinal);
        Assert.Contains("Samenwerking", Beoordelingsregels.Controleer(Criteria, scores.Take(2).ToList())["scores"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_total_weighs_each_point_and_counts_out_of_100()
    {
        // 30 * 8/10 + 30 * 6/10 + 40 * 10/10 = 24 + 18 + 40
        Assert.Equal(82m, Beoordelingsregels.Totaal(Criteria, Scores(8, 6, 10)));
        Assert.Equal(100m, Beoordelingsregels.Totaal(Criteria, Scores(10, 10, 10)));
    }

    [Fact]
    public void Equal_totals_share_a_rank_and_the_next_rank_is_skipped_as_1_1_3()
    {
        var consensus = new[] { ("aanbieder|a", Scores(8, 8, 8)), ("aanbieder|b", Scores(10, 6, 8)), ("aanbieder|c", Scores(4, 4, 4)) }
            .Select(x => new Consensus(x.Item1, x.Item2, Nu, "Anna (demo)")).ToList();

        var rangschikking = Rangschikking.Bereken(Criteria, consensus);

        Assert.Equal([1, 1, 3], rangschikking.Plaatsen.Select(p => p.Rang));
        Assert.True(rangschikking.HeeftGelijkspel);
        Assert.Equal(["aanbieder|a", "aanbieder|b"], Assert.Single(rangschikking.Gelijkspelen));
        Assert.False(rangschikking.Plaatsen[2].Gedeeld);
    }
}
