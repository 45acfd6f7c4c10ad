using Regio.Domain.Organisaties;

namespace Regio.Domain.Regios;

/// <summary>
/// What a beheerder fills in to onboard a regio: its name, optionally its id (else made from the name), its
/// centrumgemeente and its gemeenten. <see cref="Controleer"/> names every mistake that needs no stored data at once.
/// </summary>
public sealed record Regioaanmelding(string? Naam, string? Id, string? LeadGemeente, IReadOnlyList<Regiolid?>? Gemeenten)
{
    /// <summary>The id given, or else the one made from the name; null when neither is there.</summary>
    public string? GekozenId => !string.IsNullOrWhiteSpace(Id) ? Id : string.IsNullOrWhiteSpace(Naam) ? null : RegioId.UitNaam(Naam);

    public IReadOnlyDictionary<string, string> Controleer()
    {
        var fouten = new Dictionary<string, string>();
        Regiocontrole.Naam(Naam, fouten);
        if (!string.IsNullOrWhiteSpace(Id) && !OrganisatieId.IsValid(Id))
        {
            fouten["id"] = "Geef een id van kleine letters, cijfers en koppeltekens (maximaal 40 tekens), bijvoorbeeld 'zk-ijmond', of laat het leeg.";
        }
        else if (!fouten.ContainsKey("naam") && !OrganisatieId.IsValid(GekozenId))
        {
            fouten["id"] = "Uit deze naam is geen id te maken. Geef zelf een id van kleine letters, cijfers en koppeltekens, bijvoorbeeld 'zk-ijmond'.";
        }
        else if (GekozenId is { } id && Gemeenten?.Any(g => g?.Id == id) == true)
        {
            fouten["id"] = $"Het id '{id}' is ook het id van een van de gemeenten. Geef de regio een eigen id.";
        }
        Regiocontrole.Gemeenten(Gemeenten, LeadGemeente, nieuweMogen: true, fouten);
        return fouten;
    }
}
