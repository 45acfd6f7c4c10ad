namespace Regio.Domain.Trajecten;

/// <summary>The phases of a perceel, in the order a dialooggerichte aanbesteding passes them.</summary>
public enum Fase
{
    Voorbereiding,
    Aangekondigd,
    Selectie,
    Dialoog,
    Inschrijving,
    Beoordeling,
    VoorlopigeGunning,
    DefinitieveGunning,
    Gecontracteerd,
    Ingetrokken,
}

public static class FaseTekst
{
    public static string Naam(this Fase fase) => fase switch
    {
        Fase.Voorbereiding => "Voorbereiding",
        Fase.Aangekondigd => "Aangekondigd",
        Fase.Selectie => "Selectie",
        Fase.Dialoog => "Dialoog",
        Fase.Inschrijving => "Inschrijving",
        Fase.Beoordeling => "Beoordeling",
        Fase.VoorlopigeGunning => "Voorlopige gunning",
        Fase.DefinitieveGunning => "Definitieve gunning",
        Fase.Gecontracteerd => "Gecontracteerd",
        Fase.Ingetrokken => "Ingetrokken",
        _ => throw new ArgumentOutOfRangeException(nameof(fase)),
    };
}
