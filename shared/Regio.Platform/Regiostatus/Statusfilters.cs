using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Regiostatus;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Regiostatus;

/// <summary>The filters as the query string gives them; an empty value filters nothing, an unknown one is refused in Dutch.</summary>
public static class Statusfilters
{
    public static (Statusfilter Filter, IReadOnlyDictionary<string, string> Fouten) Lees(Domain.Regios.Regio regio, string? domein, string? fase, string? gemeente)
    {
        ArgumentNullException.ThrowIfNull(regio);
        var fouten = new Dictionary<string, string>();
        var gekozenDomein = LeesEnum<Domein>(domein);
        if (!string.IsNullOrWhiteSpace(domein) && gekozenDomein is null)
        {
            fouten["domein"] = $"Kies een domein ({string.Join(", ", Enum.GetNames<Domein>())}) of laat het leeg voor alle domeinen.";
        }
        var gekozenFase = LeesEnum<Fase>(fase);
        if (!string.IsNullOrWhiteSpace(fase) && gekozenFase is null)
        {
            fouten["fase"] = $"Kies een fase ({string.Join(", ", Enum.GetNames<Fase>())}) of laat het leeg voor alle fasen.";
        }
        var gekozenGemeente = regio.Gemeenten.FirstOrDefault(g => string.Equals(g.Id.Value, gemeente?.Trim(), StringComparison.OrdinalIgnoreCase))?.Id;
        if (!string.IsNullOrWhiteSpace(gemeente) && gekozenGemeente is null)
        {
            fouten["gemeente"] = $"Kies een gemeente van de regio ({string.Join(", ", regio.Gemeenten.Select(g => g.Id.Value))}) of laat het leeg voor alle gemeenten.";
        }
        return (new Statusfilter(gekozenDomein, gekozenFase, gekozenGemeente), fouten);
    }

    private static T? LeesEnum<T>(string? tekst) where T : struct, Enum =>
        Enum.TryParse<T>(tekst?.Trim(), ignoreCase: true, out var waarde) && Enum.IsDefined(waarde) && !int.TryParse(tekst, out _) ? waarde : null;
}
