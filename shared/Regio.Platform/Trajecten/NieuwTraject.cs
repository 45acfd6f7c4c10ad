using System.Text.RegularExpressions;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Trajecten;

/// <summary>
/// A request to start a traject, as the caller sent it: every field may be missing, and <see cref="Controleer"/>
/// says per field what to fix. <see cref="Eigenaar"/> is the stored key ("regio:zk-ijmond", "gemeente:haarlem").
/// </summary>
public sealed partial record NieuwTraject(
    string? Id,
    string? Naam,
    string? Eigenaar,
    IReadOnlyList<string>? Deelnemers,
    Procedure? Procedure,
    Domein? Domein,
    Contractvoorwaarden? Contract,
    IReadOnlyList<string>? Percelen)
{
    private const int MaxNaam = 200;

    public IReadOnlyDictionary<string, string> Controleer(Domain.Regios.Regio? regio)
    {
        var fouten = new Dictionary<string, string>();
        if (Id is null || !IdPatroon().IsMatch(Id))
        {
            fouten["id"] = "Geef een id van 3 tot 60 tekens: kleine letters, cijfers en streepjes, bijvoorbeeld 'hulp-bij-het-huishouden-2027'.";
        }
        if (ControleerNaam(Naam, "traject") is { } naam)
        {
            fouten["naam"] = naam;
        }
        if (!Domain.Trajecten.Eigenaar.TryParse(Eigenaar, out var eigenaar) || regio is null || !HoortBij(eigenaar, regio))
        {
            fouten["eigenaar"] = $"Geef de eigenaar als 'regio:{regio?.Id.Value ?? "id"}' of 'gemeente:<id>' van een gemeente van de regio.";
        }
        else if (ControleerDeelnemers(eigenaar, regio) is { } deelnemers)
        {
            fouten["deelnemers"] = deelnemers;
        }
        if (Procedure is { } p && !Enum.IsDefined(p))
        {
            fouten["procedure"] = $"Kies een procedure: {string.Join(", ", Enum.GetNames<Procedure>())}.";
        }
        if (Domein is { } d && !Enum.IsDefined(d))
        {
            fouten["domein"] = $"Kies een domein: {string.Join(", ", Enum.GetNames<Domein>())}.";
        }
        foreach (var (veld, fout) in Contract?.Controleer() ?? new Dictionary<string, string>())
        {
            fouten[veld] = fout;
        }
        var percelen = (Percelen ?? []).Select((n, i) => (Fout: ControleerNaam(n, "perceel"), Nummer: i + 1)).Where(x => x.Fout is not null).ToList();
        if (percelen.Count > 0)
        {
            fouten["percelen"] = $"Perceel {string.Join(", ", percelen.Select(p => p.Nummer))}: {percelen[0].Fout}";
        }
        return fouten;
    }

    /// <summary>Only after <see cref="Controleer"/> found nothing. A traject not split into lots is one lot, named as the traject.</summary>
    public Traject AlsTraject(Domain.Regios.Regio regio)
    {
        if (!Domain.Trajecten.Eigenaar.TryParse(Eigenaar, out var eigenaar))
        {
            throw new InvalidOperationException("Controleer het nieuwe traject voordat het wordt aangemaakt.");
        }
        var namen = Percelen is { Count: > 0 } ? Percelen.Select(p => p.Trim()).ToList() : [Naam!.Trim()];
        return new Traject(
            new TrajectId(Id!), Naam!.Trim(), eigenaar, DeelnemersVan(eigenaar, regio), Procedure, null,
            namen.Select((n, i) => new Perceel(i + 1, n, [])).ToList(), [], Domein, Contract);
    }

    internal static string? ControleerNaam(string? naam, string wat) =>
        string.IsNullOrWhiteSpace(naam) || naam.Trim().Length > MaxNaam ? $"Geef de {wat}naam (maximaal {MaxNaam} tekens)." : null;

    private static bool HoortBij(Eigenaar eigenaar, Domain.Regios.Regio regio) => eigenaar switch
    {
        Domain.Trajecten.Eigenaar.DeRegio r => r.Regio == regio.Id,
        Domain.Trajecten.Eigenaar.EenGemeente g => regio.HeeftGemeente(g.Gemeente),
        _ => false,
    };

    private string? ControleerDeelnemers(Eigenaar eigenaar, Domain.Regios.Regio regio)
    {
        var onbekend = (Deelnemers ?? []).Where(d => !regio.HeeftGemeente(new GemeenteId(d))).ToList();
        if (onbekend.Count > 0)
        {
            return $"Onbekende gemeente(n) in deze regio: {string.Join(", ", onbekend)}. Mogelijk zijn: {string.Join(", ", regio.Gemeenten.Select(g => g.Id))}.";
        }
        // A local traject buys for its own gemeente only; buying for others together is what a regional traject is for.
        return eigenaar is Domain.Trajecten.Eigenaar.EenGemeente g && (Deelnemers ?? []).Any(d => d != g.Gemeente.Value)
            ? "Een lokaal traject heeft alleen de eigen gemeente als deelnemer. Start een regionaal traject om samen in te kopen."
            : null;
    }

    /// <summary>Without a list, a regional traject is for all gemeenten of the regio and a local one for its owner.</summary>
    private List<GemeenteId> DeelnemersVan(Eigenaar eigenaar, Domain.Regios.Regio regio) => eigenaar switch
    {
        Domain.Trajecten.Eigenaar.EenGemeente g => [g.Gemeente],
        _ when Deelnemers is { Count: > 0 } => Deelnemers.Distinct().Select(d => new GemeenteId(d)).ToList(),
        _ => regio.Gemeenten.Select(g => g.Id).ToList(),
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,59}$")]
    private static partial Regex IdPatroon();
}
