using Regio.Domain.Budgetten;
using Regio.Domain.Trajecten;
using Regio.Platform.Trajecten;

namespace Regio.Functions.Features.Trajecten.Paginas;

/// <summary>
/// The form "Nieuw traject" as posted: text as typed, so that what was entered comes back after an error. Turning it
/// into a <see cref="NieuwTraject"/> finds what the form alone can tell (a number that is not a number, a choice not
/// made); everything else is <see cref="NieuwTraject.Controleer"/>'s to say. Error keys are the use case's field names.
/// </summary>
public sealed class NieuwTrajectFormulier
{
    private static readonly char[] Scheiding = [',', ';', ' '];

    public string? Id { get; set; }
    public string? Naam { get; set; }
    /// <summary>Null when no box is ticked: the form then sends no field at all.</summary>
    public List<string>? Deelnemers { get; set; }
    public string? Procedure { get; set; }
    public string? Domein { get; set; }
    public string? Looptijd { get; set; }
    public string? Evaluatiemomenten { get; set; }
    public string? Bekostiging { get; set; }
    public bool ReeleTarieven { get; set; }
    public string? Percelen { get; set; }

    public (NieuwTraject Nieuw, Dictionary<string, string> Fouten) AlsNieuwTraject(Eigenaar eigenaar)
    {
        var fouten = new Dictionary<string, string>();
        var regionaal = eigenaar is Eigenaar.DeRegio;
        if (regionaal && Deelnemers is not { Count: > 0 })
        {
            fouten["deelnemers"] = "Kies ten minste één gemeente die deelneemt aan dit regionale traject.";
        }
        if (string.Equals(Id?.Trim(), "nieuw", StringComparison.Ordinal))
        {
            fouten["id"] = "Het id 'nieuw' is gereserveerd voor deze pagina. Kies een ander id.";
        }
        var procedure = TrajectTeksten.Lees<Procedure>(Procedure);
        if (procedure is null)
        {
            fouten["procedure"] = "Kies de procedure van het traject.";
        }
        var domein = TrajectTeksten.Lees<Domein>(Domein);
        if (domein is null)
        {
            fouten["domein"] = "Kies het domein van het traject.";
        }
        var contract = Contract(fouten);
        var percelen = (Percelen ?? "").Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var nieuw = new NieuwTraject(Id?.Trim(), Naam, eigenaar.Sleutel, regionaal ? Deelnemers : null, procedure, domein, contract, percelen);
        return (nieuw, fouten);
    }

    private Contractvoorwaarden? Contract(Dictionary<string, string> fouten)
    {
        if (!int.TryParse(Looptijd?.Trim(), out var jaren))
        {
            fouten["contract.looptijdJaren"] = $"Geef de looptijd als een heel aantal jaren, van 1 tot en met {Contractvoorwaarden.MaximaleLooptijdJaren}.";
        }
        var delen = (Evaluatiemomenten ?? "").Split(Scheiding, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var evaluaties = delen.Select(d => int.TryParse(d, out var jaar) ? jaar : (int?)null).ToList();
        if (evaluaties.Any(e => e is null))
        {
            fouten["contract.evaluatiemomenten"] = "Geef de evaluatiemomenten als contractjaren, gescheiden door komma's, bijvoorbeeld 3, 6.";
        }
        var bekostiging = TrajectTeksten.Lees<Bekostiging>(Bekostiging);
        if (bekostiging is null)
        {
            fouten["contract.bekostiging"] = "Kies de bekostiging: taakgericht, inspanningsgericht of outputgericht.";
        }
        return fouten.Keys.Any(k => k.StartsWith("contract.", StringComparison.Ordinal))
            ? null
            : new Contractvoorwaarden(jaren, evaluaties.Select(e => e!.Value).ToList(), bekostiging!.Value, ReeleTarieven);
    }
}
