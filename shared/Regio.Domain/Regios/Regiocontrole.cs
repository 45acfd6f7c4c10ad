using Regio.Domain.Organisaties;

namespace Regio.Domain.Regios;

/// <summary>The checks that onboarding a regio and changing one share: its name, its gemeenten and its centrumgemeente.</summary>
public static class Regiocontrole
{
    public const int MaxTekens = 200;

    /// <summary>One change of a regio is one transaction of at most 98 rows: the regio's own row and one per gemeente.</summary>
    public const int MaxGemeenten = 90;

    public static void Naam(string? naam, Dictionary<string, string> fouten)
    {
        if (string.IsNullOrWhiteSpace(naam) || naam.Trim().Length > MaxTekens)
        {
            fouten["naam"] = $"Geef de naam van de regio (maximaal {MaxTekens} tekens), bijvoorbeeld 'Zuid-Kennemerland en IJmond'.";
        }
    }

    public static void Gemeenten(IReadOnlyList<Regiolid?>? gemeenten, string? lead, bool nieuweMogen, Dictionary<string, string> fouten)
    {
        if (gemeenten is not { Count: > 0 })
        {
            fouten["gemeenten"] = "Kies de gemeenten van de regio: minstens één.";
        }
        else if (gemeenten.Count > MaxGemeenten)
        {
            fouten["gemeenten"] = $"Een regio heeft hoogstens {MaxGemeenten} gemeenten.";
        }
        else
        {
            for (var i = 0; i < gemeenten.Count; i++)
            {
                Lid(gemeenten[i], $"gemeenten[{i}]", nieuweMogen, fouten);
            }
            var dubbel = gemeenten.Select(g => g?.Id).OfType<string>().GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            if (dubbel.Count > 0)
            {
                Voeg(fouten, "gemeenten", $"Elke gemeente staat één keer in de regio; dubbel genoemd: {Opsomming(dubbel)}.");
            }
        }
        if (string.IsNullOrWhiteSpace(lead))
        {
            fouten["leadGemeente"] = "Kies de centrumgemeente: de gemeente van de regio die namens de regio contracteert.";
        }
        else if (gemeenten is { Count: > 0 } && !gemeenten.Any(g => g?.Id == lead))
        {
            fouten["leadGemeente"] = $"De centrumgemeente '{lead}' is geen van de gemeenten van de regio. Kies een van haar gemeenten.";
        }
    }

    private static void Lid(Regiolid? lid, string veld, bool nieuweMogen, Dictionary<string, string> fouten)
    {
        if (lid is null)
        {
            fouten[veld] = "Een gemeente mag geen lege waarde (null) zijn. Laat haar weg of vul haar in.";
            return;
        }
        if (!OrganisatieId.IsValid(lid.Id))
        {
            fouten[$"{veld}.id"] = "Geef het id van de gemeente: kleine letters, cijfers en koppeltekens (maximaal 40 tekens), bijvoorbeeld 'haarlem'.";
        }
        if (lid.Subregio is { } subregio && subregio.Trim().Length > MaxTekens)
        {
            fouten[$"{veld}.subregio"] = $"De naam van de subregio is hoogstens {MaxTekens} tekens.";
        }
        if (lid.Nieuw is not { } nieuw)
        {
            return;
        }
        if (!nieuweMogen)
        {
            fouten[$"{veld}.nieuw"] = "Een nieuwe gemeente komt op het platform bij het aanmelden van een regio. Voeg hier een gemeente toe die al geregistreerd is.";
            return;
        }
        if (string.IsNullOrWhiteSpace(nieuw.Naam) || nieuw.Naam.Trim().Length > MaxTekens)
        {
            fouten[$"{veld}.nieuw.naam"] = $"Geef de naam van de nieuwe gemeente zonder 'Gemeente' (maximaal {MaxTekens} tekens), bijvoorbeeld 'Haarlem'.";
        }
        if (nieuw.Tenant is null)
        {
            fouten[$"{veld}.nieuw.tenantId"] = "Geef de Entra tenant-id van de nieuwe gemeente als GUID, bijvoorbeeld 3f2504e0-4f89-11d3-9a0c-0305e82c3301.";
        }
    }

    /// <summary>Adds a message to a field that may have one already, so that no problem hides another.</summary>
    public static void Voeg(Dictionary<string, string> fouten, string veld, string melding) =>
        fouten[veld] = fouten.TryGetValue(veld, out var eerder) ? $"{eerder} {melding}" : melding;

    /// <summary>The gemeenten named that are no gemeente organisation on the platform, in one message.</summary>
    public static string Onbekend(IReadOnlyList<string> ids) => ids.Count == 1
        ? $"{Opsomming(ids)} is geen geregistreerde gemeente. Kies een gemeente die op het platform staat, of meld haar aan als nieuwe gemeente."
        : $"{Opsomming(ids)} zijn geen geregistreerde gemeenten. Kies gemeenten die op het platform staan, of meld ze aan als nieuwe gemeenten.";

    /// <summary>"'a'", "'a' en 'b'", "'a', 'b' en 'c'".</summary>
    public static string Opsomming(IReadOnlyList<string> ids) => ids.Count switch
    {
        0 => "",
        1 => $"'{ids[0]}'",
        _ => $"{string.Join(", ", ids.Take(ids.Count - 1).Select(i => $"'{i}'"))} en '{ids[^1]}'",
    };
}
