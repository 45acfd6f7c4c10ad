namespace Regio.Platform.Regios;

/// <summary>
/// How the names of a regio and its gemeenten read as organisations: "Regio Zuid-Kennemerland en IJmond" and
/// "Gemeente Haarlem" on the register, "Zuid-Kennemerland en IJmond" and "Haarlem" in the regio (as the demo has them).
/// </summary>
internal static class Regionamen
{
    private const string Gemeente = "Gemeente ";
    private const string Regio = "Regio ";

    public static string AlsRegioOrganisatie(string naam) => Met(Regio, naam);

    public static string AlsGemeenteOrganisatie(string naam) => Met(Gemeente, naam);

    /// <summary>The name of a gemeente organisation as a member of a regio: without "Gemeente".</summary>
    public static string AlsLid(string organisatienaam) =>
        organisatienaam.StartsWith(Gemeente, StringComparison.OrdinalIgnoreCase) && organisatienaam.Length > Gemeente.Length
            ? organisatienaam[Gemeente.Length..].Trim()
            : organisatienaam;

    private static string Met(string soort, string naam) =>
        naam.StartsWith(soort, StringComparison.OrdinalIgnoreCase) ? naam.Trim() : soort + naam.Trim();
}
