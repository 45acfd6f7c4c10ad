using System.Globalization;
using System.Text.RegularExpressions;

namespace Regio.Functions.Features.Trajecten.Beoordelingen;

/// <summary>
/// The id of the field an error is about, so the error summary links there. Fields are named "{formulier}-{…}":
/// criteria rows by their place in the form, scores by the inschrijving's place and the point's.
/// </summary>
internal static partial class Veldnamen
{
    public static string Doel(string formulier, string veld, CriteriaFormulier criteria)
    {
        var lijst = Lijstveld().Match(veld);
        if (formulier == "criteria")
        {
            if (veld == "schaal")
                return "criteria-schaal";
            return lijst.Success
                ? $"criteria-{Rij(criteria, int.Parse(lijst.Groups[2].Value, CultureInfo.InvariantCulture))}-{(lijst.Groups[3].Success ? lijst.Groups[3].Value : "code")}"
                : "criteria-0-weging";
        }
        if (formulier == "commissie")
            return veld == "toelichting" ? "verstrengeling-toelichting" : "commissie-kandidaat-0";
        if (lijst.Success)
            return $"{formulier}-{lijst.Groups[2].Value}-{(lijst.Groups[3].Value == "motivering" ? "motivering" : "waarde")}";
        return veld == "scores" ? $"{formulier}-0-waarde" : $"{formulier}-{veld}";
    }

    /// <summary>The row in the form of the n-th filled-in criterion: empty rows were left out when it was read.</summary>
    private static int Rij(CriteriaFormulier criteria, int n) =>
        criteria.Criteria.Select((c, i) => (c, i)).Where(x => !x.c.IsLeeg).Select(x => x.i).ElementAtOrDefault(n);

    [GeneratedRegex(@"^(criteria|scores)\[(\d+)\](?:\.(\w+))?$")]
    private static partial Regex Lijstveld();
}
