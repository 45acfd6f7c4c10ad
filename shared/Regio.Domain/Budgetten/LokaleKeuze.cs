using System.Text.RegularExpressions;
using Regio.Domain.Trajecten;

namespace Regio.Domain.Budgetten;

/// <summary>What a lokale keuze is about: the sociale basis, the access to care (toegang), or support on top of those.</summary>
public enum KeuzeOnderwerp
{
    SocialeBasis,
    Toegang,
    AanvullendeOndersteuning,
    Overig,
}

/// <summary>
/// One of a gemeente's own choices for the sociale basis and the access to care, with the local trajecten that carry it
/// out and notes for its council. Private to that gemeente unless <see cref="GedeeldMetRegio"/>: then the regio
/// coordinator may read this keuze, and only this one.
/// </summary>
public sealed partial record LokaleKeuze(
    string Id,
    string Naam,
    KeuzeOnderwerp Onderwerp,
    string Omschrijving,
    IReadOnlyList<TrajectId> Trajecten,
    string? NotitieVoorRaad,
    bool GedeeldMetRegio)
{
    public static bool IsGeldigId(string? id) => id is not null && IdVorm().IsMatch(id);

    /// <summary>A readable, stable id from the name: "Sociaal Wijkteam" → <c>sociaal-wijkteam</c>.</summary>
    public static string IdVan(string naam)
    {
        ArgumentNullException.ThrowIfNull(naam);
        var zonderAccenten = string.Concat(naam.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark));
        var id = NietToegestaan().Replace(zonderAccenten, "-").Trim('-');
        id = id.Length > 60 ? id[..60].Trim('-') : id;
        return id.Length == 0 ? "keuze" : id;
    }

    /// <summary>Per field, what to fix; empty when the keuze can be stored.</summary>
    public IReadOnlyDictionary<string, string> Controleer()
    {
        var fouten = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Naam) || Naam.Length > 200)
            fouten["naam"] = "Geef de keuze een naam van hoogstens 200 tekens, bijvoorbeeld 'Sociaal wijkteam'.";
        if (string.IsNullOrWhiteSpace(Omschrijving) || Omschrijving.Length > 4000)
            fouten["omschrijving"] = "Beschrijf in hoogstens 4000 tekens hoe de gemeente dit organiseert.";
        if (NotitieVoorRaad?.Length > 4000)
            fouten["notitieVoorRaad"] = "De notitie voor de raad is hoogstens 4000 tekens.";
        if (Trajecten.Count > 20 || Trajecten.Distinct().Count() != Trajecten.Count)
            fouten["trajecten"] = "Noem elk traject één keer, hoogstens 20.";
        return fouten;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$")]
    private static partial Regex IdVorm();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NietToegestaan();
}
