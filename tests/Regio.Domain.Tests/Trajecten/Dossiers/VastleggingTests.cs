using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Tests.Trajecten.Dossiers;

public class VastleggingTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 23);

    private static Dossier Vastgelegd(Dossier dossier, Feit feit) =>
        Assert.IsType<Vastleggingsuitkomst.Vastgelegd>(dossier.LegVast(feit, Vandaag)).Dossier;

    private static string Geweigerd(Dossier dossier, Feit feit) =>
        Assert.IsType<Vastleggingsuitkomst.Geweigerd>(dossier.LegVast(feit, Vandaag)).Weigering.Code;

    [Fact]
    public void A_proces_verbaal_is_recorded_once_per_phase()
    {
        var dossier = Vastgelegd(Dossier.Leeg, new Feit.ProcesVerbaalOpgemaakt(Vandaag, Fase.Selectie));

        Assert.Equal("AlVastgelegd", Geweigerd(dossier, new Feit.ProcesVerbaalOpgemaakt(Vandaag, Fase.Selectie)));
        Assert.Equal(2, Vastgelegd(dossier, new Feit.ProcesVerbaalOpgemaakt(Vandaag, Fase.Dialoog)).ProcessenVerbaal.Count);
    }

    [Fact]
    public void The_deadline_may_move_until_it_has_passed()
    {
        var dossier = Vastgelegd(Dossier.Leeg, new Feit.Inschrijvingstermijn(Vandaag.AddDays(10)));
        var verschoven = Vastgelegd(dossier, new Feit.Inschrijvingstermijn(Vandaag.AddDays(20)));
        var verstreken = Dossier.Leeg with { InschrijvingstermijnSluit = Vandaag.AddDays(-1) };

        Assert.Equal(Vandaag.AddDays(20), verschoven.InschrijvingstermijnSluit);
        Assert.Equal("TermijnVerstreken", Geweigerd(verstreken, new Feit.Inschrijvingstermijn(Vandaag.AddDays(5))));
        Assert.Equal("TermijnInHetVerleden", Geweigerd(Dossier.Leeg, new Feit.Inschrijvingstermijn(Vandaag.AddDays(-1))));
    }

    [Fact]
    public void Opening_before_the_deadline_has_passed_is_refused()
    {
        var dossier = Dossier.Leeg with { InschrijvingstermijnSluit = Vandaag };

        Assert.Equal("OpeningVoorSluiting", Geweigerd(dossier, new Feit.OpeningGeregistreerd(Vandaag)));
        Assert.Equal("OpeningVoorSluiting", Geweigerd(Dossier.Leeg, new Feit.OpeningGeregistreerd(Vandaag)));
    }

    [Fact]
    public void The_platforms_opening_may_be_on_the_closing_day_records_the_termijn_when_missing_and_only_once()
    {
        var vastgelegd = Assert.IsType<Vastleggingsuitkomst.Vastgelegd>(Dossier.Leeg.LegOpeningOpHetPlatformVast(Vandaag, Vandaag)).Dossier;
        Assert.Equal((Vandaag, Vandaag), (vastgelegd.InschrijvingstermijnSluit, vastgelegd.OpeningGeregistreerd));

        var opgeschoven = Dossier.Leeg with { InschrijvingstermijnSluit = Vandaag.AddDays(2) };
        Assert.Equal("OpeningVoorSluiting", Assert.IsType<Vastleggingsuitkomst.Geweigerd>(opgeschoven.LegOpeningOpHetPlatformVast(Vandaag, Vandaag)).Weigering.Code);
        Assert.Equal("AlVastgelegd", Assert.IsType<Vastleggingsuitkomst.Geweigerd>(vastgelegd.LegOpeningOpHetPlatformVast(Vandaag, Vandaag.AddDays(1))).Weigering.Code);
        Assert.Equal(Vandaag.AddDays(-3), Assert.IsType<Vastleggingsuitkomst.Vastgelegd>(
            (Dossier.Leeg with { InschrijvingstermijnSluit = Vandaag.AddDays(-3) }).LegOpeningOpHetPlatformVast(Vandaag.AddDays(-1), Vandaag)).Dossier.InschrijvingstermijnSluit);
    }

    [Fact]
    public void A_ruling_needs_an_existing_objection_and_cannot_precede_it()
    {
        var dossier = Vastgelegd(Dossier.Leeg, new Feit.BezwaarIngediend(Vandaag.AddDays(-2), BezwaarSoort.AanvullendeMotivering, "Vraag om motivering (demo)"));

        Assert.Equal("OnbekendBezwaar", Geweigerd(dossier, new Feit.UitspraakBezwaar(Vandaag, 2, "Afgewezen")));
        Assert.Equal("UitspraakVoorIndiening", Geweigerd(dossier, new Feit.UitspraakBezwaar(Vandaag.AddDays(-3), 1, "Afgewezen")));
        Assert.Equal(Vandaag, Vastgelegd(dossier, new Feit.UitspraakBezwaar(Vandaag, 1, "Nadere onderbouwing gegeven")).Bezwaren[0].Uitspraak);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_decision_or_withdrawal_without_motivation_is_refused(string motivering)
    {
        Assert.Equal("GeenToelichting", Geweigerd(Dossier.Leeg, new Feit.GunningsbeslissingVerzonden(Vandaag, motivering)));
        Assert.Equal("GeenToelichting", Geweigerd(Dossier.Leeg, new Feit.Ingetrokken(Vandaag, motivering)));
    }

    [Fact]
    public void Recorded_facts_open_the_gates_they_guard()
    {
        var dossier = Vastgelegd(Vastgelegd(Dossier.Leeg, new Feit.AankondigingGepubliceerd(Vandaag)), new Feit.HoofdkenmerkenVastgelegd(Vandaag));

        Assert.IsType<Uitkomst.Toegestaan>(Fasewissel.Vraag(Procedure.Dialooggericht, Fase.Voorbereiding, Fase.Aangekondigd, dossier, Vandaag));
        Assert.IsType<Uitkomst.Toegestaan>(Fasewissel.Vraag(Procedure.Dialooggericht, Fase.Aangekondigd, Fase.Selectie, dossier, Vandaag));
    }
}
