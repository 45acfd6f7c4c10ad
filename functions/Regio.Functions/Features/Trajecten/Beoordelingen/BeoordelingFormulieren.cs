using System.Globalization;
using Regio.Domain.Trajecten.Beoordelingen;

namespace Regio.Functions.Features.Trajecten.Beoordelingen;

/// <summary>
/// The criteria form as posted: one row per criterion, subcriteria one per line as "code; naam; weging", the scale as
/// numbers separated by commas. Rows left empty are ignored. Reading it finds what only the form can tell.
/// </summary>
public sealed class CriteriaFormulier
{
    private static readonly char[] Scheiding = [',', ';', ' '];

    public string? ETag { get; set; }
    public string? Schaal { get; set; }
    public List<CriteriumInvoer> Criteria { get; set; } = [];

    public (Gunningscriteria Criteria, Dictionary<string, string> Fouten) Lees()
    {
        var fouten = new Dictionary<string, string>();
        var criteria = new List<Criterium>();
        foreach (var (rij, i) in Criteria.Where(c => !c.IsLeeg).Select((c, i) => (c, i)))
        {
            if (!int.TryParse(rij.Weging?.Trim().TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture, out var weging))
                fouten[$"criteria[{i}].weging"] = $"Geef de weging van criterium {i + 1} als een heel percentage, bijvoorbeeld 40.";
            var subs = new List<Subcriterium>();
            foreach (var regel in (rij.Subcriteria ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var delen = regel.Split(';', StringSplitOptions.TrimEntries);
                if (delen.Length != 3 || !int.TryParse(delen[2].TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture, out var sw))
                    fouten[$"criteria[{i}].subcriteria"] = $"Schrijf elk subcriterium op een eigen regel als ‘code; naam; weging’, bijvoorbeeld ‘a; Ambulantisering; 50’. Niet te lezen: ‘{regel}’.";
                else
                    subs.Add(new Subcriterium(delen[0], delen[1], sw));
            }
            var soort = Enum.TryParse<Criteriumsoort>(rij.Soort, out var s) && Enum.IsDefined(s) ? s : (Criteriumsoort)(-1);
            criteria.Add(new Criterium(rij.Code?.Trim() ?? "", rij.Naam?.Trim() ?? "", soort, weging, subs));
        }
        var schaal = (Schaal ?? "").Split(Scheiding, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : -1).ToList();
        return (new Gunningscriteria(criteria, schaal), fouten);
    }

    public static CriteriaFormulier Van(Gunningscriteria? criteria, string? etag, int lege) => new()
    {
        ETag = etag,
        Schaal = criteria is null ? "0, 2, 4, 6, 8, 10" : string.Join(", ", criteria.Schaal),
        Criteria = [.. (criteria?.Criteria ?? []).Select(c => new CriteriumInvoer
        {
            Code = c.Code, Naam = c.Naam, Soort = c.Soort.ToString(), Weging = c.Weging.ToString(CultureInfo.InvariantCulture),
            Subcriteria = string.Join("\n", c.Subcriteria.Select(s => $"{s.Code}; {s.Naam}; {s.Weging}")),
        }), .. Enumerable.Range(0, lege).Select(_ => new CriteriumInvoer())],
    };
}

public sealed class CriteriumInvoer
{
    public string? Code { get; set; }
    public string? Naam { get; set; }
    public string? Soort { get; set; }
    public string? Weging { get; set; }
    public string? Subcriteria { get; set; }

    public bool IsLeeg => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Naam) && string.IsNullOrWhiteSpace(Weging) && string.IsNullOrWhiteSpace(Subcriteria);
}

/// <summary>The commissie form: the person keys of the ticked kandidaten.</summary>
public sealed class CommissieFormulier
{
    public string? ETag { get; set; }
    public List<string>? Beoordelaars { get; set; }
}

public sealed class VerstrengelingFormulier
{
    public string? Toelichting { get; set; }
}

public sealed class GeldigheidFormulier
{
    public string? Inschrijver { get; set; }
    public string? ETag { get; set; }
    public string? Oordeel { get; set; }
    public string? Reden { get; set; }
}

/// <summary>One member's scores or the consensus for one inschrijving: per point the chosen value and the motivation.</summary>
public sealed class ScoreFormulier
{
    public string? Inschrijver { get; set; }
    public string? ETag { get; set; }
    public List<PuntInvoer> Punten { get; set; } = [];

    /// <summary>In the criteria's order; an unchosen value is one no scale has, so the use case names the point.</summary>
    public IReadOnlyList<Score> AlsScores() => Punten.Select(p => new Score(p.Punt ?? "",
        int.TryParse(p.Waarde, NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : -1, p.Motivering ?? "")).ToList();
}

public sealed class PuntInvoer
{
    public string? Punt { get; set; }
    public string? Waarde { get; set; }
    public string? Motivering { get; set; }
}
