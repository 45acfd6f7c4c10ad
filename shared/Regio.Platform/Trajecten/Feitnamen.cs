using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Platform.Trajecten;

/// <summary>The Dutch name of each kind of dossier fact, for the history and the forms.</summary>
public static class Feitnamen
{
    public static string Naam(Feit feit) => feit switch
    {
        Feit.AankondigingGepubliceerd => "aankondiging gepubliceerd",
        Feit.HoofdkenmerkenVastgelegd => "hoofdkenmerken vastgelegd",
        Feit.UitnodigingVerzonden => "uitnodiging tot inschrijving verzonden",
        Feit.Inschrijvingstermijn => "inschrijvingstermijn",
        Feit.OpeningGeregistreerd => "opening van de inschrijvingen",
        Feit.DialoogGestart => "start van de dialoog",
        Feit.ProcesVerbaalOpgemaakt pv => $"proces-verbaal {pv.Fase.Naam()}",
        Feit.GunningsbeslissingVerzonden => "gunningsbeslissing verzonden",
        Feit.BezwaarIngediend => "bezwaar ingediend",
        Feit.UitspraakBezwaar => "uitspraak op bezwaar",
        Feit.OvereenkomstGetekend => "overeenkomst getekend",
        Feit.GunningGepubliceerd => "gunning gepubliceerd",
        Feit.Ingetrokken => "intrekking",
        _ => feit?.GetType().Name ?? "",
    };
}
