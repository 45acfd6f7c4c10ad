using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Tests.Trajecten.Fasemachine;

public class OvergangstabelTests
{
    public static TheoryData<Procedure, Fase, Fase> Toegestaan()
    {
        var data = new TheoryData<Procedure, Fase, Fase>();
        foreach (var procedure in Enum.GetValues<Procedure>())
        {
            foreach (var (van, naar) in Dossiers.ToegestaneStappen(procedure))
            {
                data.Add(procedure, van, naar);
            }
        }
        return data;
    }

    public static TheoryData<Procedure, Fase, Fase> NietInDeTabel()
    {
        var data = new TheoryData<Procedure, Fase, Fase>();
        foreach (var procedure in Enum.GetValues<Procedure>())
        {
            var toegestaan = Dossiers.ToegestaneStappen(procedure).ToHashSet();
            foreach (var van in Enum.GetValues<Fase>())
            {
                foreach (var naar in Enum.GetValues<Fase>())
                {
                    if (van != naar && !toegestaan.Contains((van, naar)) && van is not (Fase.Gecontracteerd or Fase.Ingetrokken))
                    {
                        data.Add(procedure, van, naar);
                    }
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Toegestaan))]
    public void Every_step_of_the_procedure_is_allowed_when_its_gates_are_met(Procedure procedure, Fase van, Fase naar) =>
        Assert.Equal(naar, Dossiers.NieuweFase(Fasewissel.Vraag(procedure, van, naar, Dossiers.Volledig, Dossiers.Vandaag)));

    [Theory]
    [MemberData(nameof(NietInDeTabel))]
    public void A_step_outside_the_procedure_is_refused_naming_both_phases(Procedure procedure, Fase van, Fase naar)
    {
        var weigering = Dossiers.Weigering(Fasewissel.Vraag(procedure, van, naar, Dossiers.Volledig, Dossiers.Vandaag));
        Assert.Equal(new Weigering.OvergangBestaatNiet(van, naar), weigering);
        Assert.Contains(van.Naam(), weigering.Melding, StringComparison.Ordinal);
        Assert.Contains(naar.Naam(), weigering.Melding, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AfgeslotenFasen))]
    public void A_closed_perceel_refuses_every_step(Procedure procedure, Fase afgesloten, Fase naar) =>
        Assert.Equal(new Weigering.Afgesloten(afgesloten),
            Dossiers.Weigering(Fasewissel.Vraag(procedure, afgesloten, naar, Dossiers.Volledig, Dossiers.Vandaag)));

    public static TheoryData<Procedure, Fase, Fase> AfgeslotenFasen()
    {
        var data = new TheoryData<Procedure, Fase, Fase>();
        foreach (var procedure in Enum.GetValues<Procedure>())
        {
            foreach (var naar in Enum.GetValues<Fase>())
            {
                data.Add(procedure, Fase.Gecontracteerd, naar);
                data.Add(procedure, Fase.Ingetrokken, naar);
            }
        }
        return data;
    }

    [Theory]
    [InlineData(Fase.Voorbereiding)]
    [InlineData(Fase.Dialoog)]
    [InlineData(Fase.VoorlopigeGunning)]
    public void Asking_for_the_current_phase_is_refused_not_ignored(Fase fase) =>
        Assert.Equal(new Weigering.AlInFase(fase),
            Dossiers.Weigering(Fasewissel.Vraag(Procedure.Dialooggericht, fase, fase, Dossiers.Volledig, Dossiers.Vandaag)));

    [Fact]
    public void The_domain_table_holds_exactly_the_steps_the_law_describes()
    {
        foreach (var procedure in Enum.GetValues<Procedure>())
        {
            var verwacht = Dossiers.ToegestaneStappen(procedure).Select(s => new Stap(s.Van, s.Naar)).ToHashSet();
            Assert.True(verwacht.SetEquals(Overgangstabel.Van(procedure)), $"Tabel van {procedure} wijkt af.");
        }
    }

    [Fact]
    public void An_unknown_phase_from_storage_is_refused_with_a_readable_message()
    {
        var weigering = Dossiers.Weigering(
            Fasewissel.Vraag(Procedure.Openbaar, (Fase)42, Fase.Beoordeling, Dossiers.Volledig, Dossiers.Vandaag));
        Assert.IsType<Weigering.OvergangBestaatNiet>(weigering);
        Assert.Contains("42", weigering.Melding, StringComparison.Ordinal);
    }
}
