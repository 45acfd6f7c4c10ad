using FsCheck;
using FsCheck.Fluent;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Tests.Trajecten.Fasemachine;

public enum Feit
{
    Aankondiging, Hoofdkenmerken, Uitnodiging, Termijn, Opening, ProcesVerbaal, Gunningsbeslissing,
    BezwaarIngediend, Uitspraak, Overeenkomst, GunningGepubliceerd, Toelating, Intrekking,
}

/// <summary>
/// One step of a random history: time passes, then a fact is recorded (a random one, or with <see cref="Werk"/>
/// one that the current phase usually calls for) or a phase is asked for (a random one, or the next on the path).
/// </summary>
public sealed record Handeling(int Dagen, Fase? Gevraagd, Feit? Feit, int? Werk);

public sealed record Scenario(Procedure Procedure, Handeling[] Handelingen);

/// <summary>What a run saw: each step the machine allowed, with the dossier and date it was allowed on.</summary>
public sealed record Toegelaten(Fase Van, Fase Naar, Dossier Dossier, DateOnly Op);

public static class Scenarios
{
    private static readonly DateOnly Start = new(2021, 1, 4);

    public static Arbitrary<Scenario> Arbitrary() => Generator().ToArbitrary();

    public static Gen<Scenario> Generator()
    {
        var feit = Gen.Elements(Enum.GetValues<Feit>()).Select(f => new Handeling(0, null, f, null));
        var werk = Gen.Choose(0, 5).Select(w => new Handeling(0, null, null, w));
        var volgende = Gen.Constant(new Handeling(0, null, null, null));
        var willekeurig = Gen.Elements(Enum.GetValues<Fase>()).Select(f => new Handeling(0, f, null, null));
        var handeling = Gen.Frequency((2, feit), (5, werk), (4, volgende), (1, willekeurig))
            .SelectMany(h => Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 25))).Select(d => h with { Dagen = d }));
        return Gen.Elements(Enum.GetValues<Procedure>())
            .SelectMany(p => Gen.Choose(0, 60).SelectMany(n => handeling.ArrayOf(n)).Select(hs => new Scenario(p, hs)));
    }

    /// <summary>Plays a scenario against the machine; the facts are dated on the day they are recorded.</summary>
    public static (Fase Eind, List<Toegelaten> Toegelaten, List<Uitkomst> Uitkomsten) Speel(Scenario scenario)
    {
        var (fase, dossier, vandaag) = (Fase.Voorbereiding, Dossier.Leeg, Start);
        var toegelaten = new List<Toegelaten>();
        var uitkomsten = new List<Uitkomst>();
        var pad = Dossiers.Pad(scenario.Procedure);
        foreach (var h in scenario.Handelingen)
        {
            vandaag = vandaag.AddDays(h.Dagen);
            if ((h.Feit ?? Gebruikelijk(fase, h.Werk)) is { } f)
            {
                dossier = Leg(dossier, f, fase, vandaag);
                continue;
            }
            var index = Array.IndexOf(pad, fase);
            var gevraagd = h.Gevraagd ?? (index >= 0 && index + 1 < pad.Length ? pad[index + 1] : Fase.Ingetrokken);
            var uitkomst = Fasewissel.Vraag(scenario.Procedure, fase, gevraagd, dossier, vandaag);
            uitkomsten.Add(uitkomst);
            if (uitkomst is Uitkomst.Toegestaan t)
            {
                toegelaten.Add(new Toegelaten(fase, t.NieuweFase, dossier, vandaag));
                fase = t.NieuweFase;
            }
        }
        return (fase, toegelaten, uitkomsten);
    }

    /// <summary>The facts a phase usually produces; which one is recorded is up to the generator.</summary>
    private static Feit? Gebruikelijk(Fase fase, int? werk)
    {
        Feit[] feiten = fase switch
        {
            Fase.Voorbereiding => [Feit.Aankondiging, Feit.Uitnodiging, Feit.Hoofdkenmerken],
            Fase.Aangekondigd => [Feit.Hoofdkenmerken, Feit.Toelating, Feit.Termijn],
            Fase.Selectie or Fase.Dialoog => [Feit.ProcesVerbaal],
            Fase.Inschrijving => [Feit.Termijn, Feit.Opening, Feit.ProcesVerbaal],
            Fase.Beoordeling => [Feit.ProcesVerbaal, Feit.Gunningsbeslissing],
            Fase.VoorlopigeGunning => [Feit.BezwaarIngediend, Feit.Uitspraak, Feit.Overeenkomst],
            Fase.DefinitieveGunning => [Feit.Overeenkomst, Feit.GunningGepubliceerd],
            _ => [],
        };
        return werk is { } w && feiten.Length > 0 ? feiten[w % feiten.Length] : null;
    }

    private static Dossier Leg(Dossier d, Feit feit, Fase fase, DateOnly op) => feit switch
    {
        Feit.Aankondiging => d with { AankondigingGepubliceerd = op },
        Feit.Hoofdkenmerken => d with { HoofdkenmerkenVastgelegd = op },
        Feit.Uitnodiging => d with { UitnodigingVerzonden = op },
        Feit.Termijn => d with { InschrijvingstermijnSluit = op.AddDays(7) },
        Feit.Opening => d with { OpeningGeregistreerd = op },
        Feit.ProcesVerbaal => d with { ProcessenVerbaal = [.. d.ProcessenVerbaal, new ProcesVerbaal(fase, op)] },
        Feit.Gunningsbeslissing => d with { Gunningsbeslissing = new Gunningsbeslissing(op, "Motivering") },
        Feit.BezwaarIngediend => d with { Bezwaren = [.. d.Bezwaren, new Bezwaar(op, null)] },
        Feit.Uitspraak => d with { Bezwaren = [.. d.Bezwaren.Select(b => b with { Uitspraak = b.Uitspraak ?? op })] },
        Feit.Overeenkomst => d with { OvereenkomstGetekend = op },
        Feit.GunningGepubliceerd => d with { GunningGepubliceerd = op },
        Feit.Toelating => d with { Toelatingen = [.. d.Toelatingen, new Toelating("Aanbieder", op, op)] },
        Feit.Intrekking => d with { Intrekking = new Intrekking(op, "Reden") },
        _ => d,
    };
}
