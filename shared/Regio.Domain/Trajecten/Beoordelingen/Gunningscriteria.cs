namespace Regio.Domain.Trajecten.Beoordelingen;

/// <summary>Whether a criterion weighs quality or price. Where reële tarieven apply, price may not be weighed at all.</summary>
public enum Criteriumsoort
{
    Kwaliteit,
    Prijs,
}

/// <summary>A part of a criterion with its share of the criterion's weight, in percent.</summary>
public sealed record Subcriterium(string Code, string Naam, int Weging);

/// <summary>
/// A gunningscriterium with its weight in percent of the total. With subcriteria, the beoordelaars score each
/// subcriterium; without, they score the criterion itself.
/// </summary>
public sealed record Criterium(string Code, string Naam, Criteriumsoort Soort, int Weging, IReadOnlyList<Subcriterium> Subcriteria);

/// <summary>One thing a beoordelaar gives a score for: a criterion without parts, or one subcriterium, with its weight in the total.</summary>
public sealed record Beoordelingspunt(string Code, string Naam, string Criterium, decimal Weging);

/// <summary>
/// The award criteria of a perceel and the scale they are scored on (e.g. 0, 2, 4, 6, 8, 10). They are set before the
/// offers are opened and frozen after: changing them later would let knowledge of the offers shape the yardstick.
/// </summary>
public sealed record Gunningscriteria(IReadOnlyList<Criterium> Criteria, IReadOnlyList<int> Schaal)
{
    /// <summary>Bounds that keep a set of criteria readable (and within one table row).</summary>
    public const int MaximumCriteria = 12, MaximumSubcriteria = 8, MaximumCode = 20, MaximumNaam = 150, MaximumSchaal = 11, MaximumWaarde = 100;

    public int MaximumScore => Schaal.Count > 0 ? Schaal.Max() : 0;

    /// <summary>The points scored, in order, each with its weight in percent of the total (summing to 100).</summary>
    public IReadOnlyList<Beoordelingspunt> Punten => Criteria.SelectMany(c => c.Subcriteria.Count == 0
        ? [new Beoordelingspunt(c.Code, c.Naam, c.Code, c.Weging)]
        : c.Subcriteria.Select(s => new Beoordelingspunt($"{c.Code}.{s.Code}", s.Naam, c.Code, c.Weging * s.Weging / 100m))).ToList();

    /// <summary>What is wrong, per field (as the API spells them), in Dutch; empty when the criteria hold.</summary>
    public IReadOnlyDictionary<string, string> Controleer(bool reeleTarieven)
    {
        var fouten = new Dictionary<string, string>();
        if (Criteria is not { Count: > 0 and <= MaximumCriteria })
        {
            fouten["criteria"] = $"Noem minstens één en hoogstens {MaximumCriteria} gunningscriteria.";
            return fouten;
        }
        if (Schaal is not { Count: >= 2 and <= MaximumSchaal } || Schaal.Any(s => s is < 0 or > MaximumWaarde) || Schaal.Distinct().Count() != Schaal.Count)
        {
            fouten["schaal"] = $"Geef de scoreschaal als 2 tot {MaximumSchaal} verschillende scores van 0 tot en met {MaximumWaarde}, bijvoorbeeld 0, 2, 4, 6, 8, 10.";
        }
        for (var i = 0; i < Criteria.Count; i++)
        {
            ControleerCriterium(Criteria[i], $"criteria[{i}]", reeleTarieven, fouten);
        }
        if (Criteria.Select(c => c.Code?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Criteria.Count)
        {
            fouten["criteria"] = "Elk criterium heeft een eigen code.";
        }
        else if (Criteria.Sum(c => c.Weging) != 100)
        {
            fouten["criteria"] = $"De wegingen van de criteria tellen op tot {Criteria.Sum(c => c.Weging)}%; dat moet 100% zijn.";
        }
        return fouten;
    }

    private static void ControleerCriterium(Criterium criterium, string veld, bool reeleTarieven, Dictionary<string, string> fouten)
    {
        if (criterium is null || string.IsNullOrWhiteSpace(criterium.Code) || string.IsNullOrWhiteSpace(criterium.Naam)
            || criterium.Code.Trim().Length > MaximumCode || criterium.Naam.Trim().Length > MaximumNaam)
        {
            fouten[veld] = $"Geef elk criterium een code (hoogstens {MaximumCode} tekens) en een naam (hoogstens {MaximumNaam} tekens).";
            return;
        }
        if (criterium.Weging is < 1 or > 100)
        {
            fouten[$"{veld}.weging"] = $"De weging van '{criterium.Naam}' is een percentage van 1 tot en met 100.";
        }
        else if (reeleTarieven && criterium.Soort == Criteriumsoort.Prijs)
        {
            fouten[$"{veld}.soort"] = $"Voor dit traject gelden reële tarieven: prijs speelt geen rol in de gunning, dus '{criterium.Naam}' kan geen criterium zijn.";
        }
        else if (!Enum.IsDefined(criterium.Soort))
        {
            fouten[$"{veld}.soort"] = "Kies de soort: Kwaliteit of Prijs.";
        }
        var subs = criterium.Subcriteria ?? [];
        if (subs.Count == 0)
        {
            return;
        }
        if (subs.Count > MaximumSubcriteria || subs.Any(s => s is null || string.IsNullOrWhiteSpace(s.Code) || string.IsNullOrWhiteSpace(s.Naam)
            || s.Code.Trim().Length > MaximumCode || s.Naam.Trim().Length > MaximumNaam || s.Weging is < 1 or > 100))
        {
            fouten[$"{veld}.subcriteria"] = $"Geef hoogstens {MaximumSubcriteria} subcriteria, elk met een code, een naam en een weging van 1 tot en met 100%.";
        }
        else if (subs.Select(s => s.Code.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != subs.Count)
        {
            fouten[$"{veld}.subcriteria"] = "Elk subcriterium heeft binnen zijn criterium een eigen code.";
        }
        else if (subs.Sum(s => s.Weging) != 100)
        {
            fouten[$"{veld}.subcriteria"] = $"De subcriteria van '{criterium.Naam}' tellen op tot {subs.Sum(s => s.Weging)}%; dat moet 100% zijn.";
        }
    }
}
