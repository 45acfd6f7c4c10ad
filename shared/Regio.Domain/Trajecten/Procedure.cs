namespace Regio.Domain.Trajecten;

public enum Procedure
{
    /// <summary>SAS regime, Aanbestedingswet 2.38: selection, dialogue rounds, final offers.</summary>
    Dialooggericht,
    /// <summary>Continuous admission: every aanbieder that meets the criteria gets a contract.</summary>
    OpenHouse,
    Openbaar,
    MeervoudigOnderhands,
    EnkelvoudigOnderhands,
}

public static class ProcedureTekst
{
    public static string Naam(this Procedure procedure) => procedure switch
    {
        Procedure.Dialooggericht => "Dialooggerichte aanbesteding",
        Procedure.OpenHouse => "Open house",
        Procedure.Openbaar => "Openbare aanbesteding",
        Procedure.MeervoudigOnderhands => "Meervoudig onderhandse aanbesteding",
        Procedure.EnkelvoudigOnderhands => "Enkelvoudig onderhandse aanbesteding",
        _ => throw new ArgumentOutOfRangeException(nameof(procedure)),
    };
}
