using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Tests.Trajecten.Fasemachine;

public class PoortTests
{
    private static readonly DateOnly Vandaag = Dossiers.Vandaag;

    private static Weigering Weiger(Procedure procedure, Fase van, Fase naar, Dossier dossier, DateOnly? op = null) =>
        Dossiers.Weigering(Fasewissel.Vraag(procedure, van, naar, dossier, op ?? Vandaag));

    private static Fase Sta(Procedure procedure, Fase van, Fase naar, Dossier dossier, DateOnly? op = null) =>
        Dossiers.NieuweFase(Fasewissel.Vraag(procedure, van, naar, dossier, op ?? Vandaag));

    [Theory]
    [InlineData(Procedure.Dialooggericht)]
    [InlineData(Procedure.Openbaar)]
    [InlineData(Procedure.OpenHouse)]
    public void Announcement_must_be_published_before_a_perceel_is_announced(Procedure procedure) =>
        Assert.IsType<Weigering.GeenAankondiging>(Weiger(procedure, Fase.Voorbereiding, Fase.Aangekondigd,
            Dossiers.Volledig with { AankondigingGepubliceerd = null }));

    [Fact]
    public void Announcement_planned_for_tomorrow_does_not_count_yet_but_today_does()
    {
        var dossier = Dossiers.Volledig with { AankondigingGepubliceerd = Vandaag.AddDays(1) };
        Assert.IsType<Weigering.GeenAankondiging>(Weiger(Procedure.Openbaar, Fase.Voorbereiding, Fase.Aangekondigd, dossier));
        Assert.Equal(Fase.Aangekondigd, Sta(Procedure.Openbaar, Fase.Voorbereiding, Fase.Aangekondigd, dossier, Vandaag.AddDays(1)));
    }

    [Fact]
    public void Selection_needs_the_main_characteristics_recorded() =>
        Assert.IsType<Weigering.GeenHoofdkenmerken>(Weiger(Procedure.Dialooggericht, Fase.Aangekondigd, Fase.Selectie,
            Dossiers.Volledig with { HoofdkenmerkenVastgelegd = null }));

    [Theory]
    [InlineData(Procedure.MeervoudigOnderhands)]
    [InlineData(Procedure.EnkelvoudigOnderhands)]
    public void Private_procedures_need_an_invitation_before_submissions_open(Procedure procedure) =>
        Assert.IsType<Weigering.GeenUitnodiging>(Weiger(procedure, Fase.Voorbereiding, Fase.Inschrijving,
            Dossiers.Volledig with { UitnodigingVerzonden = null }));

    [Theory]
    [InlineData(Procedure.Dialooggericht, Fase.Selectie, Fase.Dialoog)]
    [InlineData(Procedure.Dialooggericht, Fase.Dialoog, Fase.Inschrijving)]
    [InlineData(Procedure.Dialooggericht, Fase.Inschrijving, Fase.Beoordeling)]
    [InlineData(Procedure.Dialooggericht, Fase.Beoordeling, Fase.VoorlopigeGunning)]
    [InlineData(Procedure.Openbaar, Fase.Inschrijving, Fase.Beoordeling)]
    [InlineData(Procedure.EnkelvoudigOnderhands, Fase.Beoordeling, Fase.DefinitieveGunning)]
    public void Leaving_a_phase_needs_its_proces_verbaal(Procedure procedure, Fase van, Fase naar)
    {
        var weigering = Weiger(procedure, van, naar, Dossiers.ZonderProcesVerbaal(van));
        Assert.Equal(new Weigering.GeenProcesVerbaal(van), weigering);
        Assert.Contains("proces-verbaal", weigering.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawal_mid_phase_needs_a_reason_not_the_proces_verbaal() =>
        Assert.Equal(Fase.Ingetrokken,
            Sta(Procedure.Dialooggericht, Fase.Dialoog, Fase.Ingetrokken, Dossiers.ZonderProcesVerbaal(Fase.Dialoog)));

    [Fact]
    public void Evaluation_needs_a_recorded_submission_deadline() =>
        Assert.IsType<Weigering.GeenInschrijvingstermijn>(Weiger(Procedure.Openbaar, Fase.Inschrijving, Fase.Beoordeling,
            Dossiers.Volledig with { InschrijvingstermijnSluit = null }));

    [Fact]
    public void Aanbieders_can_still_submit_on_the_deadline_day_itself()
    {
        var sluit = new DateOnly(2022, 5, 20);
        var dossier = Dossiers.Volledig with { InschrijvingstermijnSluit = sluit };
        Assert.Equal(new Weigering.TermijnLooptNog(sluit), Weiger(Procedure.Openbaar, Fase.Inschrijving, Fase.Beoordeling, dossier, sluit));
        Assert.Equal(Fase.Beoordeling, Sta(Procedure.Openbaar, Fase.Inschrijving, Fase.Beoordeling, dossier, sluit.AddDays(1)));
    }

    [Fact]
    public void Evaluation_needs_the_opening_of_the_offers_recorded() =>
        Assert.IsType<Weigering.GeenOpeningsregistratie>(Weiger(Procedure.MeervoudigOnderhands, Fase.Inschrijving, Fase.Beoordeling,
            Dossiers.Volledig with { OpeningGeregistreerd = null }));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Provisional_award_needs_a_motivated_decision(string? motivering)
    {
        var beslissing = motivering is null ? null : new Gunningsbeslissing(new DateOnly(2021, 12, 16), motivering);
        Assert.IsType<Weigering.GeenGunningsbeslissing>(Weiger(Procedure.Openbaar, Fase.Beoordeling, Fase.VoorlopigeGunning,
            Dossiers.Volledig with { Gunningsbeslissing = beslissing }));
    }

    [Fact]
    public void Single_source_award_needs_the_decision_but_no_standstill()
    {
        var dossier = Dossiers.Volledig with { Gunningsbeslissing = new Gunningsbeslissing(Vandaag, "Enige geschikte aanbieder") };
        Assert.Equal(Fase.DefinitieveGunning, Sta(Procedure.EnkelvoudigOnderhands, Fase.Beoordeling, Fase.DefinitieveGunning, dossier));
        Assert.IsType<Weigering.GeenGunningsbeslissing>(Weiger(Procedure.EnkelvoudigOnderhands, Fase.Beoordeling,
            Fase.DefinitieveGunning, Dossiers.Volledig with { Gunningsbeslissing = null }));
    }

    [Fact]
    public void A_pending_objection_blocks_the_definitive_award() =>
        Assert.IsType<Weigering.BezwaarLoopt>(Weiger(Procedure.Dialooggericht, Fase.VoorlopigeGunning, Fase.DefinitieveGunning,
            Dossiers.Volledig with { Bezwaren = [new Bezwaar(new DateOnly(2022, 1, 4), null)] }));

    [Theory]
    [InlineData(Procedure.Dialooggericht)]
    [InlineData(Procedure.Openbaar)]
    [InlineData(Procedure.MeervoudigOnderhands)]
    [InlineData(Procedure.EnkelvoudigOnderhands)]
    public void Contracting_needs_a_signed_agreement(Procedure procedure) =>
        Assert.IsType<Weigering.OvereenkomstNietGetekend>(Weiger(procedure, Fase.DefinitieveGunning, Fase.Gecontracteerd,
            Dossiers.Volledig with { OvereenkomstGetekend = Vandaag.AddDays(1) }));

    [Theory]
    [InlineData(Procedure.Dialooggericht)]
    [InlineData(Procedure.Openbaar)]
    public void Announced_procedures_must_publish_the_award_before_contracting(Procedure procedure) =>
        Assert.IsType<Weigering.GunningNietGepubliceerd>(Weiger(procedure, Fase.DefinitieveGunning, Fase.Gecontracteerd,
            Dossiers.Volledig with { GunningGepubliceerd = null }));

    [Theory]
    [InlineData(Procedure.MeervoudigOnderhands)]
    [InlineData(Procedure.EnkelvoudigOnderhands)]
    public void Private_procedures_contract_without_an_award_notice(Procedure procedure) =>
        Assert.Equal(Fase.Gecontracteerd, Sta(procedure, Fase.DefinitieveGunning, Fase.Gecontracteerd,
            Dossiers.Volledig with { GunningGepubliceerd = null }));

    [Fact]
    public void Open_house_is_contracted_once_an_admitted_aanbieder_has_signed()
    {
        var ongetekend = Dossiers.Volledig with { Toelatingen = [new Toelating("Thuiszorg Kennemerland", new DateOnly(2021, 10, 1), null)] };
        Assert.IsType<Weigering.GeenGecontracteerdeAanbieder>(Weiger(Procedure.OpenHouse, Fase.Aangekondigd, Fase.Gecontracteerd, ongetekend));
        Assert.IsType<Weigering.GeenGecontracteerdeAanbieder>(Weiger(Procedure.OpenHouse, Fase.Aangekondigd, Fase.Gecontracteerd,
            Dossiers.Volledig with { Toelatingen = [] }));
        Assert.Equal(Fase.Gecontracteerd, Sta(Procedure.OpenHouse, Fase.Aangekondigd, Fase.Gecontracteerd,
            Dossiers.Volledig with { OvereenkomstGetekend = null, GunningGepubliceerd = null }));
    }

    [Theory]
    [InlineData(Procedure.Dialooggericht, Fase.Voorbereiding)]
    [InlineData(Procedure.Openbaar, Fase.VoorlopigeGunning)]
    [InlineData(Procedure.OpenHouse, Fase.Aangekondigd)]
    public void Withdrawal_needs_a_recorded_reason(Procedure procedure, Fase van)
    {
        Assert.IsType<Weigering.GeenMotivering>(Weiger(procedure, van, Fase.Ingetrokken, Dossiers.Volledig with { Intrekking = null }));
        Assert.IsType<Weigering.GeenMotivering>(Weiger(procedure, van, Fase.Ingetrokken,
            Dossiers.Volledig with { Intrekking = new Intrekking(Vandaag, "  ") }));
    }

    [Fact]
    public void Every_refusal_has_a_stable_code_and_a_dutch_message()
    {
        var weigering = Weiger(Procedure.Openbaar, Fase.Voorbereiding, Fase.Aangekondigd, Dossier.Leeg);
        Assert.Equal("GeenAankondiging", weigering.Code);
        Assert.Contains("TenderNed", weigering.Melding, StringComparison.Ordinal);
    }
}
