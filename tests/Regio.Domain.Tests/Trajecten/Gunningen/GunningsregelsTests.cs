using Regio.Domain.Trajecten.Gunningen;

namespace Regio.Domain.Tests.Trajecten.Gunningen;

public class GunningsregelsTests
{
    private static GunningWeigering Weigering(GunningUitkomst<Gunningsbesluit> u) =>
        Assert.IsType<GunningUitkomst<Gunningsbesluit>.Geweigerd>(u).Weigering;

    [Fact]
    public void The_proposal_is_everyone_ranked_first_and_a_shared_first_place_is_proposed_whole()
    {
        var g = Beoordeeld.Grondslag(Beoordeeld.Scores("a", 8, 8), Beoordeeld.Scores("b", 8, 8), Beoordeeld.Scores("c", 6, 6));
        Assert.Equal(["a", "b"], Gunningsregels.Voorstel(g.Rangschikking));
    }

    [Fact]
    public void Choosing_one_side_of_a_tie_at_the_boundary_needs_a_reason()
    {
        var g = Beoordeeld.Grondslag(Beoordeeld.Scores("a", 8, 8), Beoordeeld.Scores("b", 8, 8), Beoordeeld.Scores("c", 6, 6));
        var zonder = Gunningsregels.StelOp(null, 1, g.Rangschikking, ["a"], null, null, g.Namen, "inkoper", DateTimeOffset.UnixEpoch);
        var weigering = Assert.IsType<GunningWeigering.AfwijkingZonderReden>(Weigering(zonder));
        Assert.Equal(["Naam b"], weigering.Gepasseerd);
        Assert.Equal("afwijking", weigering.Veld);

        var met = Beoordeeld.Kies(g, ["a"], "Loting volgens paragraaf 5.3 van de leidraad");
        Assert.Equal("Loting volgens paragraaf 5.3 van de leidraad", met.Afwijking);
    }

    [Fact]
    public void Several_winners_in_ranking_order_need_no_reason_when_they_are_the_top_of_the_ranking()
    {
        var g = Beoordeeld.Grondslag(Beoordeeld.Scores("a", 6, 6), Beoordeeld.Scores("b", 10, 10), Beoordeeld.Scores("c", 8, 8), Beoordeeld.Scores("d", 2, 2));
        var besluit = Beoordeeld.Kies(g, ["c", "b", "a"]);
        Assert.Equal(["b", "c", "a"], besluit.Winnaars);
        Assert.Null(besluit.Afwijking);
    }

    [Fact]
    public void Passing_over_a_better_ranked_inschrijver_needs_a_reason() =>
        Assert.IsType<GunningWeigering.AfwijkingZonderReden>(Weigering(Gunningsregels.StelOp(null, 1,
            Beoordeeld.Grondslag(Beoordeeld.Scores("a", 10, 10), Beoordeeld.Scores("b", 6, 6)).Rangschikking, ["b"], " ", null,
            new Dictionary<string, string>(), "inkoper", DateTimeOffset.UnixEpoch)));

    [Fact]
    public void A_winner_that_is_not_a_ranked_inschrijving_or_no_winner_at_all_is_refused()
    {
        var g = Beoordeeld.Grondslag(Beoordeeld.Scores("a", 10, 10));
        Assert.IsType<GunningWeigering.OnbekendeInschrijver>(Weigering(Gunningsregels.StelOp(null, 1, g.Rangschikking, ["x"], null, null, g.Namen, "i", DateTimeOffset.UnixEpoch)));
        Assert.IsType<GunningWeigering.GeenWinnaar>(Weigering(Gunningsregels.StelOp(null, 1, g.Rangschikking, [], null, null, g.Namen, "i", DateTimeOffset.UnixEpoch)));
    }

    [Fact]
    public void A_sent_decision_cannot_be_changed_or_sent_again()
    {
        var g = Beoordeeld.Grondslag(Beoordeeld.Scores("a", 10, 10));
        var verzonden = Gunningsregels.Verzend(Beoordeeld.Kies(g, ["a"]), "v1", DateTimeOffset.UnixEpoch, new DateOnly(2026, 4, 7), "i", "Inkoper");
        Assert.Equal(new DateOnly(2026, 4, 28), verzonden.Verzonden!.StandstillEindigtOp);
        Assert.IsType<GunningWeigering.AlVerzonden>(Weigering(Gunningsregels.StelOp(verzonden, 1, g.Rangschikking, ["a"], null, null, g.Namen, "i", DateTimeOffset.UnixEpoch)));
        Assert.IsType<GunningWeigering.AlVerzonden>(Gunningsregels.KanVerzenden(verzonden, true, null, 1));
    }

    [Fact]
    public void Sending_needs_a_concept_and_a_complete_beoordeling()
    {
        var concept = Beoordeeld.Kies(Beoordeeld.Grondslag(Beoordeeld.Scores("a", 10, 10)), ["a"]);
        Assert.IsType<GunningWeigering.GeenConcept>(Gunningsregels.KanVerzenden(null, true, null, 1));
        Assert.IsType<GunningWeigering.BeoordelingOnvolledig>(Gunningsregels.KanVerzenden(concept, false, "b mist een consensus.", 2));
        Assert.IsType<GunningWeigering.TeVeelInschrijvers>(Gunningsregels.KanVerzenden(concept, true, null, Gunningsregels.MaximumBrieven + 1));
        Assert.Null(Gunningsregels.KanVerzenden(concept, true, null, 2));
    }
}
