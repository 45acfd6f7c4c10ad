using System.Globalization;
using System.Text;

namespace Regio.Domain.Organisaties;

/// <summary>What a person of a care provider fills in to register it themselves; <see cref="Controleer"/> names every mistake at once.</summary>
public sealed record Zelfregistratie(string? KvkNummer, string? Naam)
{
    public IReadOnlyDictionary<string, string> Controleer()
    {
        var fouten = new Dictionary<string, string>();
        if (!Organisaties.KvkNummer.TryParse(KvkNummer, out _))
        {
            fouten["kvkNummer"] = "Een KvK-nummer bestaat uit precies 8 cijfers.";
        }
        if (string.IsNullOrWhiteSpace(Naam) || Naam.Trim().Length > 200)
        {
            fouten["naam"] = "Geef de naam van uw organisatie (maximaal 200 tekens).";
        }
        else if (!Naam.Any(char.IsLetterOrDigit))
        {
            fouten["naam"] = "De naam van uw organisatie moet letters of cijfers bevatten.";
        }
        return fouten;
    }

    /// <summary>
    /// The id made from the name: lower-case letters and digits, other characters as one hyphen, accents dropped,
    /// at most 40 characters; <paramref name="volgnummer"/> above 1 is added as a suffix when the plain id is taken.
    /// </summary>
    public OrganisatieId Id(int volgnummer = 1)
    {
        var basis = new StringBuilder();
        foreach (var c in Naam!.Trim().Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                basis.Append(c);
            }
            else if (basis.Length > 0 && basis[^1] != '-')
            {
                basis.Append('-');
            }
        }
        var suffix = volgnummer > 1 ? $"-{volgnummer}" : "";
        var tekst = basis.ToString().Trim('-');
        tekst = tekst.Length == 0 ? "aanbieder" : tekst;
        tekst = tekst[..Math.Min(tekst.Length, 40 - suffix.Length)].TrimEnd('-');
        return new OrganisatieId(tekst + suffix);
    }

    /// <summary>The organisation, once <see cref="Controleer"/> found nothing: unconfirmed, with the tenant its people sign in with.</summary>
    public Organisatie AlsOrganisatie(OrganisatieId id, Guid? tenant) => new(
        id, OrganisatieSoort.Aanbieder, Naam!.Trim(), tenant,
        Organisaties.KvkNummer.TryParse(KvkNummer, out var kvk) ? kvk : null, GastAccounts: tenant is null, LeadGemeente: null)
    {
        Status = OrganisatieStatus.Onbevestigd,
    };
}
