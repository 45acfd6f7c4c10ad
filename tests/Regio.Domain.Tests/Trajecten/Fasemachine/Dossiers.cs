using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Tests.Trajecten.Fasemachine;

/// <summary>Dossiers for the tests: one in which every gate is met, so a test removes exactly the fact it is about.</summary>
internal static class Dossiers
{
    public static readonly DateOnly Vandaag = new(2022, 6, 1);

    public static readonly Dossier Volledig = new()
    {
        HoofdkenmerkenVastgelegd = new DateOnly(2021, 8, 1),
        AankondigingGepubliceerd = new DateOnly(2021, 9, 1),
        UitnodigingVerzonden = new DateOnly(2021, 9, 1),
        InschrijvingstermijnSluit = new DateOnly(2021, 11, 1),
        OpeningGeregistreerd = new DateOnly(2021, 11, 2),
        ProcessenVerbaal =
        [
            new ProcesVerbaal(Fase.Selectie, new DateOnly(2021, 10, 1)),
            new ProcesVerbaal(Fase.Dialoog, new DateOnly(2021, 10, 15)),
            new ProcesVerbaal(Fase.Inschrijving, new DateOnly(2021, 11, 2)),
            new ProcesVerbaal(Fase.Beoordeling, new DateOnly(2021, 12, 10)),
        ],
        Gunningsbeslissing = new Gunningsbeslissing(new DateOnly(2021, 12, 16), "Hoogste kwaliteitsscore per perceel"),
        Bezwaren = [new Bezwaar(new DateOnly(2022, 1, 4), new DateOnly(2022, 2, 14))],
        OvereenkomstGetekend = new DateOnly(2022, 3, 1),
        GunningGepubliceerd = new DateOnly(2022, 3, 15),
        Toelatingen = [new Toelating("Thuiszorg Kennemerland", new DateOnly(2021, 10, 1), new DateOnly(2021, 10, 15))],
        Intrekking = new Intrekking(new DateOnly(2022, 5, 1), "Budget vervallen"),
    };

    public static Dossier ZonderProcesVerbaal(Fase fase) =>
        Volledig with { ProcessenVerbaal = [.. Volledig.ProcessenVerbaal.Where(pv => pv.Fase != fase)] };

    /// <summary>The procedures' phase paths as the law describes them, written out independently of the domain table.</summary>
    public static Fase[] Pad(Procedure procedure) => procedure switch
    {
        Procedure.Dialooggericht =>
        [
            Fase.Voorbereiding, Fase.Aangekondigd, Fase.Selectie, Fase.Dialoog, Fase.Inschrijving,
            Fase.Beoordeling, Fase.VoorlopigeGunning, Fase.DefinitieveGunning, Fase.Gecontracteerd,
        ],
        Procedure.Openbaar =>
        [
            Fase.Voorbereiding, Fase.Aangekondigd, Fase.Inschrijving,
            Fase.Beoordeling, Fase.VoorlopigeGunning, Fase.DefinitieveGunning, Fase.Gecontracteerd,
        ],
        Procedure.MeervoudigOnderhands =>
        [
            Fase.Voorbereiding, Fase.Inschrijving, Fase.Beoordeling,
            Fase.VoorlopigeGunning, Fase.DefinitieveGunning, Fase.Gecontracteerd,
        ],
        Procedure.EnkelvoudigOnderhands =>
            [Fase.Voorbereiding, Fase.Inschrijving, Fase.Beoordeling, Fase.DefinitieveGunning, Fase.Gecontracteerd],
        Procedure.OpenHouse => [Fase.Voorbereiding, Fase.Aangekondigd, Fase.Gecontracteerd],
        _ => throw new ArgumentOutOfRangeException(nameof(procedure)),
    };

    public static IEnumerable<(Fase Van, Fase Naar)> ToegestaneStappen(Procedure procedure)
    {
        var pad = Pad(procedure);
        for (var i = 0; i + 1 < pad.Length; i++)
        {
            yield return (pad[i], pad[i + 1]);
            yield return (pad[i], Fase.Ingetrokken);
        }
    }

    public static Weigering Weigering(Uitkomst uitkomst) =>
        Assert.IsType<Uitkomst.Geweigerd>(uitkomst).Weigering;

    public static Fase NieuweFase(Uitkomst uitkomst) =>
        Assert.IsType<Uitkomst.Toegestaan>(uitkomst).NieuweFase;
}
