namespace Regio.Domain.Trajecten.Beoordelingen;

/// <summary>A score on one <see cref="Beoordelingspunt"/> with the written reason for it.</summary>
public sealed record Score(string Punt, int Waarde, string Motivering);

/// <summary>
/// A member of the beoordelingscommissie of a perceel, by the key of the person (<c>Actor.AuditNaam</c>). A member who
/// declared a conflict of interest is excluded: they score nothing and see no scores.
/// </summary>
public sealed record Beoordelaar(string Sleutel, string Naam, Belangenverstrengeling? Verstrengeling = null)
{
    public bool IsUitgesloten => Verstrengeling is not null;
}

/// <summary>The declaration of a conflict of interest: when, and why (e.g. a former employer among the inschrijvers).</summary>
public sealed record Belangenverstrengeling(DateTimeOffset Gemeld, string Toelichting);

/// <summary>One beoordelaar's own scores for one inschrijving, submitted once all points are scored.</summary>
public sealed record IndividueleBeoordeling(string Beoordelaar, string Inschrijver, IReadOnlyList<Score> Scores, DateTimeOffset Ingediend);

/// <summary>The score the commissie agreed on per point for one inschrijving, recorded after all individual scores.</summary>
public sealed record Consensus(string Inschrijver, IReadOnlyList<Score> Scores, DateTimeOffset Vastgesteld, string VastgesteldDoor);

/// <summary>The rules that keep the scoring independent and complete.</summary>
public static class Beoordelingsregels
{
    public const int MaximumMotivering = 2000;

    /// <summary>
    /// What is wrong with a set of scores against the criteria, per field, in Dutch: every point scored once, each
    /// value on the scale, each with a motivation.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Controleer(Gunningscriteria criteria, IReadOnlyList<Score> scores)
    {
        var fouten = new Dictionary<string, string>();
        var punten = criteria.Punten.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var (score, i) in (scores ?? []).Select((s, i) => (s, i)))
        {
            if (score.Punt is null || !punten.TryGetValue(score.Punt, out var punt))
            {
                fouten[$"scores[{i}].punt"] = $"'{score.Punt}' is geen criterium van dit perceel; kies uit {string.Join(", ", punten.Keys)}.";
            }
            else if (!criteria.Schaal.Contains(score.Waarde))
            {
                fouten[$"scores[{i}].waarde"] = $"De score voor '{punt.Naam}' moet op de schaal liggen: {string.Join(", ", criteria.Schaal)}.";
            }
            else if (string.IsNullOrWhiteSpace(score.Motivering) || score.Motivering.Trim().Length > MaximumMotivering)
            {
                fouten[$"scores[{i}].motivering"] = $"Motiveer de score voor '{punt.Naam}' (hoogstens {MaximumMotivering} tekens).";
            }
        }
        var gescoord = (scores ?? []).Where(s => s.Punt is not null).Select(s => s.Punt).ToList();
        var dubbel = gescoord.GroupBy(p => p, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var ontbreekt = punten.Values.Where(p => !gescoord.Contains(p.Code, StringComparer.OrdinalIgnoreCase)).Select(p => p.Naam).ToList();
        if (dubbel.Count > 0)
        {
            fouten["scores"] = $"Geef elk criterium één score; dubbel: {string.Join(", ", dubbel)}.";
        }
        else if (ontbreekt.Count > 0)
        {
            fouten["scores"] = $"Geef een score voor elk criterium; nog niet gescoord: {string.Join(", ", ontbreekt)}.";
        }
        return fouten;
    }

    /// <summary>
    /// Whether every member who is not excluded has submitted a beoordeling of every inschrijving. Only then may
    /// anyone see another's scores, and only then can the consensus be recorded.
    /// </summary>
    public static bool IedereenHeeftGescoord(
        IReadOnlyList<Beoordelaar> commissie, IReadOnlyList<string> inschrijvers, IReadOnlyList<IndividueleBeoordeling> beoordelingen)
    {
        var actief = commissie.Where(b => !b.IsUitgesloten).ToList();
        return actief.Count > 0 && inschrijvers.Count > 0 && actief.All(b => inschrijvers.All(i =>
            beoordelingen.Any(x => x.Beoordelaar == b.Sleutel && x.Inschrijver == i)));
    }

    /// <summary>The weighted total of a set of scores, in points out of 100, to two decimals.</summary>
    public static decimal Totaal(Gunningscriteria criteria, IReadOnlyList<Score> scores)
    {
        if (criteria.MaximumScore == 0)
        {
            return 0m;
        }
        var totaal = criteria.Punten.Sum(p =>
            p.Weging * (scores.FirstOrDefault(s => string.Equals(s.Punt, p.Code, StringComparison.OrdinalIgnoreCase))?.Waarde ?? 0) / criteria.MaximumScore);
        return Math.Round(totaal, 2, MidpointRounding.AwayFromZero);
    }
}
