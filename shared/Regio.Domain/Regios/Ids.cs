using System.Globalization;
using System.Text;

namespace Regio.Domain.Regios;

/// <summary>The platform's short, stable id of a regio, e.g. <c>zk-ijmond</c>.</summary>
public readonly record struct RegioId(string Value)
{
    public override string ToString() => Value;

    /// <summary>
    /// The id a regio gets from its name when none is given: lower case, accents dropped ("Súdwest" is "sudwest"), every run
    /// of other characters one hyphen, at most 40 characters. Empty when the name has no letter or digit.
    /// </summary>
    public static string UitNaam(string naam)
    {
        ArgumentNullException.ThrowIfNull(naam);
        var id = new StringBuilder();
        foreach (var teken in naam.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(teken) || char.IsAsciiDigit(teken))
            {
                id.Append(teken);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(teken) != UnicodeCategory.NonSpacingMark && id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }
        var tekst = id.ToString();
        return (tekst.Length > 40 ? tekst[..40] : tekst).TrimEnd('-');
    }
}

/// <summary>The platform's short, stable id of a gemeente, e.g. <c>haarlem</c>.</summary>
public readonly record struct GemeenteId(string Value)
{
    public override string ToString() => Value;
}
