using Regio.Domain.Trajecten.Beoordelingen;
using static Regio.Domain.Tests.Trajecten.Beoordelingen.Voorbeeldbeoordeling;

namespace Regio.Domain.Tests.Trajecten.Beoordelingen;

public class BeoordelingsverloopTests
{
    [Fact]
    public void Nobody_has_scored_all_until_every_active_member_scored_every_valid_inschrijving()
    {
        var dossier = Geopend() with { Beoordelingen = [Beoordeling(Anna, "aanbieder|x"), Beoordeling(Anna, "aanbieder|y"), Beoordeling(Bram, "aanbieder|x")] };

        Assert.False(dossier.IedereenHeeftGescoord);
        Assert.Equal(1, dossier.Klaar);
        Assert.True((dossier with { Beoordelingen = [.. dossier.Beoordelingen, Beoordeling(Bram, "aanbieder|y")] }).IedereenHeeftGescoord);
    }

    [Fact]
    public void A_member_who_declared_a_conflict_is_not_waited_for_and_cannot_score()
    {
        var dossier = Geopend() with { Beoordelingen = [Beoordeling(Anna, "aanbieder|x"), Beoordeling(Anna, "aanbieder|y")] };
        var commissie = Toegestaan(Beoordelingsverloop.MeldVerstrengeling(dossier, Bram.Sleutel, "Oud-werkgever onder de inschrijvers.", Nu));
        dossier = dossier with { Commissie = commissie };

        Assert.True(dossier.IedereenHeeftGescoord);
        Assert.IsType<BeoordelingWeigering.Uitgesloten>(Geweigerd(Beoordelingsverloop.Scoor(dossier, Bram.Sleutel, "aanbieder|x", Scores(6, 6, 6), "X", Nu)));
        Assert.IsType<BeoordelingWeigering.AlGemeld>(Geweigerd(Beoordelingsverloop.MeldVerstrengeling(dossier, Bram.Sleutel, "Nogmaals.", Nu)));
    }

    [Fact]
    public void An_inschrijving_is_not_done_while_one_opened_inschrijving_has_no_verdict_yet()
    {
        var dossier = Geopend() with { Geldigheden = [Geldig("aanbieder|x")], Beoordelingen = [Beoordeling(Anna, "aanbieder|x"), Beoordeling(Bram, "aanbieder|x")] };

        Assert.False(dossier.IedereenHeeftGescoord);
    }

    [Fact]
    public void An_invalid_or_unchecked_inschrijving_is_not_scored()
    {
        var dossier = Geopend() with { Geldigheden = [Geldig("aanbieder|x"), new Geldigheid("aanbieder|y", false, "Geen UEA.", Nu, "Anna (demo)")] };

        Assert.IsType<BeoordelingWeigering.NietGeldig>(Geweigerd(Beoordelingsverloop.Scoor(dossier, Anna.Sleutel, "aanbieder|y", Scores(6, 6, 6), "Y", Nu)));
        Assert.IsType<BeoordelingWeigering.OnbekendeInschrijving>(Geweigerd(Beoordelingsverloop.Scoor(dossier, Anna.Sleutel, "aanbieder|z", Scores(6, 6, 6), "Z", Nu)));
    }

    [Fact]
    public void An_invalid_verdict_needs_a_reason()
    {
        var weigering = Geweigerd(Beoordelingsverloop.StelGeldigheidVast(Geopend(), "aanbieder|x", false, " ", "Anna (demo)", Nu));

        Assert.True(weigering.Fouten!.ContainsKey("reden"));
    }

    [Fact]
    public void Consensus_before_everyone_scored_is_refused_and_after_it_is_recorded_beside_the_individual_scores()
    {
        var dossier = Geopend() with { Beoordelingen = [Beoordeling(Anna, "aanbieder|x"), Beoordeling(Anna, "aanbieder|y"), Beoordeling(Bram, "aanbieder|x")] };

        var teVroeg = Geweigerd(Beoordelingsverloop.LegConsensusVast(dossier, "aanbieder|x", Scores(6, 6, 6), "X", "Anna (demo)", Nu));
        Assert.Equal("NietIedereenGescoord", teVroeg.Code);
        Assert.Contains("1 van 2", teVroeg.Melding, StringComparison.Ordinal);

        dossier = dossier with { Beoordelingen = [.. dossier.Beoordelingen, Beoordeling(Bram, "aanbieder|y")] };
        var consensus = Toegestaan(Beoordelingsverloop.LegConsensusVast(dossier, "aanbieder|x", Scores(8, 6, 10), "X", "Anna (demo)", Nu));
        Assert.Equal(82m, Beoordelingsregels.Totaal(Criteria, consensus.Scores));
    }

    [Fact]
    public void Own_scores_can_be_replaced_until_everyone_has_scored_and_are_fixed_after()
    {
        var dossier = Geopend() with { Beoordelingen = [Beoordeling(Anna, "aanbieder|x"), Beoordeling(Anna, "aanbieder|y"), Beoordeling(Bram, "aanbieder|x")] };

        Assert.Equal(8, Toegestaan(Beoordelingsverloop.Scoor(dossier, Anna.Sleutel, "aanbieder|x", Scores(8, 6, 6), "X", Nu)).Scores[0].Waarde);

        dossier = dossier with { Beoordelingen = [.. dossier.Beoordelingen, Beoordeling(Bram, "aanbieder|y")] };
        Assert.IsType<BeoordelingWeigering.ScoresBekend>(Geweigerd(Beoordelingsverloop.Scoor(dossier, Anna.Sleutel, "aanbieder|x", Scores(8, 6, 6), "X", Nu)));
    }

    [Fact]
    public void Scores_are_stored_under_the_criterias_own_codes_in_their_order()
    {
        var scores = Scores(8, 6, 10).Select(s => s with { Punt = s.Punt.ToLowerInvariant() }).Reverse().ToList();

        var beoordeling = Toegestaan(Beoordelingsverloop.Scoor(Geopend(), Anna.Sleutel, "aanbieder|x", scores, "X", Nu));

        Assert.Equal(["K1.a", "K1.b", "K2"], beoordeling.Scores.Select(s => s.Punt));
    }

    [Fact]
    public void A_member_who_scored_stays_in_the_commissie_and_a_new_one_can_join_before_everyone_scored()
    {
        var dossier = Geopend() with { Beoordelingen = [Beoordeling(Anna, "aanbieder|x")] };
        var charlotte = new Beoordelaar("haarlem:c", "Charlotte (demo)");

        Assert.IsType<BeoordelingWeigering.BeoordelaarBlijft>(Geweigerd(Beoordelingsverloop.StelCommissieSamen(dossier, [Bram, charlotte])));
        Assert.Equal(3, Toegestaan(Beoordelingsverloop.StelCommissieSamen(dossier, [Anna, Bram, charlotte])).Count);
    }

    [Fact]
    public void The_ranking_counts_only_valid_inschrijvingen_and_is_complete_when_each_has_a_consensus()
    {
        var dossier = Geopend() with
        {
            Geldigheden = [Geldig("aanbieder|x"), new Geldigheid("aanbieder|y", false, "Te laat getekend.", Nu, "Anna (demo)")],
            Consensus = [new Consensus("aanbieder|x", Scores(8, 8, 8), Nu, "Anna (demo)"), new Consensus("aanbieder|y", Scores(10, 10, 10), Nu, "Anna (demo)")],
        };

        Assert.Equal("aanbieder|x", Assert.Single(dossier.Rangschikking.Plaatsen).Inschrijver);
        Assert.True(dossier.Compleet);
    }
}
