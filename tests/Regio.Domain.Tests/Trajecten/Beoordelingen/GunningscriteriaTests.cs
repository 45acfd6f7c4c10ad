using Regio.Domain.Trajecten.Beoordelingen;
using static Regio.Domain.Tests.Trajecten.Beoordelingen.Voorbeeldbeoordeling;

namespace Regio.Domain.Tests.Trajecten.Beoordelingen;

public class GunningscriteriaTests
{
    [Fact]
    public void Criteria_whose_weights_sum_to_100_hold_and_subcriteria_share_their_criterions_weight()
    {
        Assert.Empty(Criteria.Controleer(reeleTarieven: true));
        Assert.Equal([30m, 30m, 40m], Criteria.Punten.Select(p => p.Weging));
        Assert.Equal(["K1.a", "K1.b", "K2"], Criteria.Punten.Select(p => p.Code));
    }

    [Fact]
    public void Weights_that_do_not_sum_to_100_are_refused_with_the_sum_named()
    {
        var criteria = Criteria with { Criteria = [Criteria.Criteria[0], Criteria.Criteria[1] with { Weging = 30 }] };

        Assert.Contains("90%", criteria.Controleer(false)["criteria"], StringComparison.Ordinal);
    }

    [Fact]
    public void Subcriteria_that_do_not_sum_to_100_are_refused()
    {
        var k1 = Criteria.Criteria[0] with { Subcriteria = [new Subcriterium("a", "Ambulantisering", 50), new Subcriterium("b", "Normalisatie", 40)] };

        Assert.Contains("90%", (Criteria with { Criteria = [k1, Criteria.Criteria[1]] }).Controleer(false)["criteria[0].subcriteria"], StringComparison.Ordinal);
    }

    [Fact]
    public void Price_is_refused_as_a_criterion_where_reele_tarieven_apply_and_allowed_where_they_do_not()
    {
        var prijs = Criteria with { Criteria = [Criteria.Criteria[0], new Criterium("P", "Prijs", Criteriumsoort.Prijs, 40, [])] };

        Assert.Contains("reële tarieven", prijs.Controleer(reeleTarieven: true)["criteria[1].soort"], StringComparison.Ordinal);
        Assert.Empty(prijs.Controleer(reeleTarieven: false));
    }

    [Fact]
    public void A_scale_needs_two_distinct_values_and_the_criteria_unique_codes()
    {
        var fouten = new Gunningscriteria([Criteria.Criteria[1] with { Weging = 50 }, Criteria.Criteria[1] with { Weging = 50 }], [5]).Controleer(false);

        Assert.True(fouten.ContainsKey("schaal"));
        Assert.Contains("eigen code", fouten["criteria"], StringComparison.Ordinal);
    }

    [Fact]
    public void Criteria_cannot_be_set_after_the_opening_but_can_before()
    {
        Assert.IsType<BeoordelingWeigering.CriteriaBevroren>(Geweigerd(Beoordelingsverloop.StelCriteriaVast(Geopend(), Criteria, false)));
        Assert.Equal(3, Toegestaan(Beoordelingsverloop.StelCriteriaVast(Beoordelingsdossier.Leeg, Criteria, false)).Punten.Count);
    }
}
