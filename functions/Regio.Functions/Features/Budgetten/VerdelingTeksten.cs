using System.Globalization;
using System.Text.RegularExpressions;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;

namespace Regio.Functions.Features.Budgetten;

/// <summary>The verdeling form's text fields: contract value as "2023 = 12.000.000" per line, a share as "1/7", "14,5%" or "€ 250.000".</summary>
internal static partial class VerdelingTeksten
{
    public static string? Contractwaarde(Verdeling? verdeling) => verdeling is null ? null
        : string.Join("\n", verdeling.Jaren.Select((j, i) => $"{j} = {Bedrag.AlsEuro(verdeling.Contractwaarde[i])}"));

    public static string? Sleutel(Verdeling? verdeling, GemeenteId gemeente) =>
        verdeling?.Sleutel.FirstOrDefault(s => s.Gemeente == gemeente) is { } regel
            ? regel.Fractie?.ToString() ?? $"€ {Bedrag.AlsEuro(regel.VastPerJaar ?? 0)}"
            : null;

    public static (Verdeling? Verdeling, Dictionary<string, string> Fouten) Lees(string? contractwaarde, IReadOnlyDictionary<string, string> aandelen, IEnumerable<GemeenteId> deelnemers)
    {
        var fouten = new Dictionary<string, string>();
        var jaren = new List<int>();
        var waarden = new List<long>();
        foreach (var regel in (contractwaarde ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (JaarRegel().Match(regel) is { Success: true } m && Bedrag.TryLees(m.Groups[2].Value, out var euro))
            {
                jaren.Add(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
                waarden.Add(euro);
            }
            else
            {
                fouten["contractwaarde"] = $"'{regel}' is geen jaar met een bedrag. Schrijf per regel bijvoorbeeld: 2023 = 12.000.000";
            }
        }
        var sleutel = new List<Sleutelregel>();
        foreach (var gemeente in deelnemers)
        {
            var tekst = aandelen.GetValueOrDefault(gemeente.Value)?.Trim() ?? "";
            if (tekst.Contains('/', StringComparison.Ordinal) || tekst.Contains('%', StringComparison.Ordinal))
                sleutel.Add(new Sleutelregel(gemeente, Breuk.TryLees(tekst, out var b) ? b : Fout(fouten, gemeente, tekst), null));
            else if (Bedrag.TryLees(tekst, out var vast))
                sleutel.Add(new Sleutelregel(gemeente, null, vast));
            else
                sleutel.Add(new Sleutelregel(gemeente, Fout(fouten, gemeente, tekst), null));
        }
        return (fouten.Count > 0 ? null : new Verdeling(jaren, waarden, sleutel), fouten);
    }

    private static Breuk? Fout(Dictionary<string, string> fouten, GemeenteId gemeente, string tekst)
    {
        fouten[$"aandelen.{gemeente}"] = tekst.Length == 0
            ? "Vul het aandeel in: een deel (1/7 of 14,5%) of een vast bedrag per jaar (€ 250.000)."
            : $"'{tekst}' is geen deel en geen bedrag. Schrijf 1/7, 14,5% of € 250.000.";
        return null;
    }

    [GeneratedRegex(@"^(\d{4})\s*[=:;\t]\s*(.+)$")]
    private static partial Regex JaarRegel();
}
