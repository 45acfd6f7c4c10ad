using FsCheck.Fluent;
using FsCheck.Xunit;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Tests.Trajecten.Fasemachine;

/// <summary>
/// Random histories of recorded facts and requested phases. The gates below are the test's own reading
/// of the law, written apart from <see cref="Poorten"/>, so a gate dropped from the domain is caught here.
/// </summary>
public class FaseEigenschapTests
{
    [Property(MaxTest = 2000, Arbitrary = [typeof(Scenarios)])]
    public void Every_phase_reached_had_all_its_gates_met_when_entered(Scenario scenario)
    {
        var (_, toegelaten, _) = Scenarios.Speel(scenario);
        foreach (var stap in toegelaten)
        {
            Assert.True(Dossiers.ToegestaneStappen(scenario.Procedure).Contains((stap.Van, stap.Naar)),
                $"{stap.Van} -> {stap.Naar} staat niet in de procedure {scenario.Procedure}.");
            Assert.True(PoortenOpen(scenario.Procedure, stap), $"{stap.Van} -> {stap.Naar} op {stap.Op} zonder vervulde poort.");
        }
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(Scenarios)])]
    public void A_closed_perceel_refuses_everything_that_follows(Scenario scenario)
    {
        var (_, toegelaten, uitkomsten) = Scenarios.Speel(scenario);
        var sluiting = toegelaten.FindIndex(t => t.Naar is Fase.Gecontracteerd or Fase.Ingetrokken);
        Assert.True(sluiting == -1 || sluiting == toegelaten.Count - 1, "Na afsluiten is nog een fase toegestaan.");
        Assert.All(uitkomsten, u => Assert.True(u is Uitkomst.Toegestaan or Uitkomst.Geweigerd { Weigering.Melding.Length: > 0 }));
    }

    [Fact]
    public void Random_histories_reach_every_phase_and_every_gate_so_the_properties_are_not_vacuous()
    {
        // Seeded, so this check cannot flake.
        var runs = Scenarios.Generator().Sample(3000, new FsCheck.Rnd(20211216, 1), 50)
            .Select(s => (s.Procedure, Run: Scenarios.Speel(s))).ToList();
        var bereikt = runs.SelectMany(r => r.Run.Toegelaten.Select(t => (r.Procedure, t.Naar))).CountBy(x => x).ToDictionary();
        foreach (var procedure in Enum.GetValues<Procedure>())
        {
            foreach (var fase in Dossiers.Pad(procedure).Skip(1).Append(Fase.Ingetrokken))
            {
                Assert.True(bereikt.GetValueOrDefault((procedure, fase)) >= 5, $"{procedure}: {fase} (bijna) nooit bereikt.");
            }
        }
        var geweigerd = runs.SelectMany(r => r.Run.Uitkomsten).OfType<Uitkomst.Geweigerd>().Select(g => g.Weigering.Code).ToHashSet();
        var alle = typeof(Weigering).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(Weigering))).Select(t => t.Name);
        Assert.Empty(alle.Except(geweigerd));
    }

    private static bool PoortenOpen(Procedure procedure, Toegelaten stap)
    {
        var (d, op) = (stap.Dossier, stap.Op);
        bool Op(DateOnly? datum) => datum <= op;
        if (stap.Naar == Fase.Ingetrokken)
        {
            return d.Intrekking is { } i && i.Datum <= op && i.Motivering.Trim().Length > 0;
        }
        var procesVerbaal = stap.Van is not (Fase.Selectie or Fase.Dialoog or Fase.Inschrijving or Fase.Beoordeling)
            || d.ProcessenVerbaal.Any(pv => pv.Fase == stap.Van && pv.Datum <= op);
        var gunning = d.Gunningsbeslissing is { } g && g.Datum <= op && g.Motivering.Length > 0;
        var bezwaarLoopt = d.Bezwaren.Any(b => b.Ingediend <= op && !(b.Uitspraak <= op));
        return procesVerbaal && stap.Naar switch
        {
            Fase.Aangekondigd => Op(d.AankondigingGepubliceerd),
            Fase.Selectie => Op(d.HoofdkenmerkenVastgelegd),
            Fase.Inschrijving => stap.Van != Fase.Voorbereiding || Op(d.UitnodigingVerzonden),
            Fase.Beoordeling => d.InschrijvingstermijnSluit < op && Op(d.OpeningGeregistreerd),
            Fase.VoorlopigeGunning => gunning,
            Fase.DefinitieveGunning => gunning && (procedure == Procedure.EnkelvoudigOnderhands
                || (op.DayNumber - d.Gunningsbeslissing!.Datum.DayNumber > 20 && !bezwaarLoopt)),
            Fase.Gecontracteerd => procedure == Procedure.OpenHouse
                ? d.Toelatingen.Any(t => Op(t.OvereenkomstGetekend))
                : Op(d.OvereenkomstGetekend)
                    && (procedure is not (Procedure.Dialooggericht or Procedure.Openbaar) || Op(d.GunningGepubliceerd)),
            _ => true,
        };
    }
}
