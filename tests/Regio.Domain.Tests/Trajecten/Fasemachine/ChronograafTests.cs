using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Tests.Trajecten.Fasemachine;

public class ChronograafTests
{
    private static readonly DateOnly Vandaag = new(2021, 12, 20);

    private static readonly Dossier Gegund = Dossiers.Volledig with
    {
        Gunningsbeslissing = new Gunningsbeslissing(new DateOnly(2021, 12, 16), "Gunning aan zeven aanbieders"),
        Bezwaren = [],
    };

    [Fact]
    public void Perceel_in_submission_is_checked_the_day_after_the_deadline()
    {
        var dossier = Dossiers.Volledig with { InschrijvingstermijnSluit = new DateOnly(2022, 1, 10) };
        Assert.Equal(new DateOnly(2022, 1, 11), Chronograaf.VolgendeControle(Procedure.Openbaar, Fase.Inschrijving, dossier, Vandaag));
    }

    [Fact]
    public void Provisional_award_is_checked_on_the_first_day_after_the_standstill() =>
        Assert.Equal(new DateOnly(2022, 1, 6), Chronograaf.VolgendeControle(Procedure.Dialooggericht, Fase.VoorlopigeGunning, Gegund, Vandaag));

    [Fact]
    public void A_timer_on_the_chronograph_date_gets_the_same_answer_a_person_would()
    {
        var datum = Chronograaf.VolgendeControle(Procedure.Dialooggericht, Fase.VoorlopigeGunning, Gegund, Vandaag)!.Value;
        Assert.IsType<Weigering.StandstillLoopt>(Dossiers.Weigering(
            Fasewissel.Vraag(Procedure.Dialooggericht, Fase.VoorlopigeGunning, Fase.DefinitieveGunning, Gegund, datum.AddDays(-1))));
        Assert.Equal(Fase.DefinitieveGunning, Dossiers.NieuweFase(
            Fasewissel.Vraag(Procedure.Dialooggericht, Fase.VoorlopigeGunning, Fase.DefinitieveGunning, Gegund, datum)));
    }

    [Fact]
    public void A_pending_kort_geding_without_a_ruling_date_waits_for_a_person()
    {
        var dossier = Gegund with { Bezwaren = [new Bezwaar(new DateOnly(2021, 12, 18), null)] };
        Assert.Null(Chronograaf.VolgendeControle(Procedure.Dialooggericht, Fase.VoorlopigeGunning, dossier, Vandaag));
    }

    [Fact]
    public void A_scheduled_ruling_after_the_standstill_is_the_next_check()
    {
        var dossier = Gegund with { Bezwaren = [new Bezwaar(new DateOnly(2021, 12, 18), new DateOnly(2022, 2, 14))] };
        Assert.Equal(new DateOnly(2022, 2, 14), Chronograaf.VolgendeControle(Procedure.Dialooggericht, Fase.VoorlopigeGunning, dossier, Vandaag));
    }

    [Fact]
    public void A_planned_announcement_is_the_next_check_in_preparation()
    {
        var dossier = Dossier.Leeg with { AankondigingGepubliceerd = new DateOnly(2022, 1, 3) };
        Assert.Equal(new DateOnly(2022, 1, 3), Chronograaf.VolgendeControle(Procedure.Dialooggericht, Fase.Voorbereiding, dossier, Vandaag));
    }

    [Theory]
    [InlineData(Fase.Gecontracteerd)]
    [InlineData(Fase.Ingetrokken)]
    [InlineData(Fase.Dialoog)]
    public void Nothing_time_driven_is_pending_in_closed_or_person_driven_phases(Fase fase) =>
        Assert.Null(Chronograaf.VolgendeControle(Procedure.Dialooggericht, fase, Gegund, Vandaag));

    [Fact]
    public void A_date_already_passed_needs_no_further_check() =>
        Assert.Null(Chronograaf.VolgendeControle(Procedure.Openbaar, Fase.Inschrijving, Dossiers.Volledig, Dossiers.Vandaag));
}
