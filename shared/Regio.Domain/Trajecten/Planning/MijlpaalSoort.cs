namespace Regio.Domain.Trajecten.Planning;

/// <summary>The milestones a traject plans and records, in the order a dialooggerichte aanbesteding passes them.</summary>
public enum MijlpaalSoort
{
    Aankondiging,
    KickOffDialoog,
    EindeDialoog,
    UitnodigingTotInschrijving,
    SluitingInschrijving,
    VoorlopigeGunning,
    DefinitieveGunning,
    ContractStart,
    Evaluatie,
    Overig,
}

public static class MijlpaalSoortTekst
{
    public static string Naam(this MijlpaalSoort soort) => soort switch
    {
        MijlpaalSoort.Aankondiging => "Aankondiging",
        MijlpaalSoort.KickOffDialoog => "Kick-off dialoog",
        MijlpaalSoort.EindeDialoog => "Einde dialoog",
        MijlpaalSoort.UitnodigingTotInschrijving => "Uitnodiging tot inschrijving",
        MijlpaalSoort.SluitingInschrijving => "Sluiting inschrijving",
        MijlpaalSoort.VoorlopigeGunning => "Voorlopige gunning",
        MijlpaalSoort.DefinitieveGunning => "Definitieve gunning",
        MijlpaalSoort.ContractStart => "Start contract",
        MijlpaalSoort.Evaluatie => "Evaluatie",
        MijlpaalSoort.Overig => "Overig",
        // A value read from storage that this build does not know must still render.
        _ => soort.ToString(),
    };
}
