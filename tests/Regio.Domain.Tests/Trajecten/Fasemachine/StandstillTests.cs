using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Tests.Trajecten.Fasemachine;

public class StandstillTests
{
    private static Uitkomst DefinitiefGunnen(Dossier dossier, DateOnly op, Procedure procedure = Procedure.Dialooggericht) =>
        Fasewissel.Vraag(procedure, Fase.VoorlopigeGunning, Fase.DefinitieveGunning, dossier, op);

    private static Dossier GegundOp(DateOnly datum) =>
        Dossiers.Volledig with { Gunningsbeslissing = new Gunningsbeslissing(datum, "Motivering per inschrijver"), Bezwaren = [] };

    [Fact]
    public void Standstill_blocks_definitive_award_until_day_21()
    {
        var gunning = new DateOnly(2022, 3, 1);
        var dag20 = gunning.AddDays(20);
        Assert.Equal(new Weigering.StandstillLoopt(dag20), Dossiers.Weigering(DefinitiefGunnen(GegundOp(gunning), dag20)));
        Assert.Equal(Fase.DefinitieveGunning, Dossiers.NieuweFase(DefinitiefGunnen(GegundOp(gunning), dag20.AddDays(1))));
    }

    [Theory]
    [InlineData(Procedure.Dialooggericht)]
    [InlineData(Procedure.Openbaar)]
    [InlineData(Procedure.MeervoudigOnderhands)]
    public void Every_procedure_with_a_provisional_award_keeps_the_standstill(Procedure procedure)
    {
        var gunning = new DateOnly(2022, 3, 1);
        Assert.IsType<Weigering.StandstillLoopt>(Dossiers.Weigering(DefinitiefGunnen(GegundOp(gunning), gunning.AddDays(1), procedure)));
    }

    [Fact]
    public void Huishoudelijke_ondersteuning_waits_for_the_kort_geding_ruling_after_the_standstill()
    {
        // Haarlem: voorlopige gunning 16-12-2021, kort geding (filed within the standstill) ruled on 14-02-2022.
        var dossier = Dossiers.Volledig with
        {
            Gunningsbeslissing = new Gunningsbeslissing(new DateOnly(2021, 12, 16), "Gunning aan zeven aanbieders"),
            Bezwaren = [new Bezwaar(new DateOnly(2022, 1, 4), new DateOnly(2022, 2, 14))],
        };
        var standstill = Dossiers.Weigering(DefinitiefGunnen(dossier, new DateOnly(2022, 1, 5)));
        Assert.Equal(new Weigering.StandstillLoopt(new DateOnly(2022, 1, 5)), standstill);
        Assert.Contains("5 januari 2022", standstill.Melding, StringComparison.Ordinal);
        Assert.Contains("6 januari 2022", standstill.Melding, StringComparison.Ordinal);
        Assert.IsType<Weigering.BezwaarLoopt>(Dossiers.Weigering(DefinitiefGunnen(dossier, new DateOnly(2022, 1, 6))));
        Assert.IsType<Weigering.BezwaarLoopt>(Dossiers.Weigering(DefinitiefGunnen(dossier, new DateOnly(2022, 2, 13))));
        Assert.Equal(Fase.DefinitieveGunning, Dossiers.NieuweFase(DefinitiefGunnen(dossier, new DateOnly(2022, 2, 14))));
    }

    [Fact]
    public void Standstill_ending_on_a_saturday_runs_until_monday()
    {
        // 2 + 20 = Saturday 22 January 2022.
        Assert.Equal(new DateOnly(2022, 1, 24), Standstill.EindigtOp(new DateOnly(2022, 1, 2)));
        Assert.IsType<Weigering.StandstillLoopt>(Dossiers.Weigering(DefinitiefGunnen(GegundOp(new DateOnly(2022, 1, 2)), new DateOnly(2022, 1, 24))));
    }

    [Fact]
    public void Standstill_ends_on_next_working_day_after_Koningsdag()
    {
        // 7 + 20 = Thursday 27 April 2023, Koningsdag.
        Assert.Equal(new DateOnly(2023, 4, 28), Standstill.EindigtOp(new DateOnly(2023, 4, 7)));
    }

    [Theory]
    [InlineData(2024, 4, 1)]   // Tweede paasdag
    [InlineData(2024, 5, 9)]   // Hemelvaartsdag
    [InlineData(2024, 5, 20)]  // Tweede pinksterdag
    [InlineData(2025, 4, 26)]  // Koningsdag on Saturday because the 27th is a Sunday
    [InlineData(2025, 5, 5)]   // Bevrijdingsdag
    [InlineData(2025, 12, 26)]
    [InlineData(2026, 1, 1)]
    public void Algemene_termijnenwet_holidays_are_not_working_days(int jaar, int maand, int dag) =>
        Assert.False(Termijnenwet.IsWerkdag(new DateOnly(jaar, maand, dag)));

    [Fact]
    public void Good_friday_is_a_working_day_under_the_termijnenwet() =>
        Assert.True(Termijnenwet.IsWerkdag(new DateOnly(2024, 3, 29)));
}
