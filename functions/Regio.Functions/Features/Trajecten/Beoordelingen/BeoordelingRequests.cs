using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Functions.Hosting;

namespace Regio.Functions.Features.Trajecten.Beoordelingen;

/// <summary>PUT …/criteria: all criteria with their weight in percent (summing to 100), optional subcriteria, and the scale.</summary>
public sealed record CriteriaRequest(IReadOnlyList<CriteriumRequest?>? Criteria, IReadOnlyList<int>? Schaal)
{
    public Gunningscriteria AlsCriteria() => new(
        (Criteria ?? []).Select(c => new Criterium(
            c?.Code ?? "", c?.Naam ?? "", Soort(c?.Soort), c?.Weging ?? 0,
            (c?.Subcriteria ?? []).Select(s => new Subcriterium(s?.Code ?? "", s?.Naam ?? "", s?.Weging ?? 0)).ToList())).ToList(),
        Schaal ?? []);

    // An unknown kind is passed on as undefined, so the domain's one Dutch message about it answers.
    private static Criteriumsoort Soort(string? soort) =>
        Enum.TryParse<Criteriumsoort>(soort, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(soort, out _) ? s : (Criteriumsoort)(-1);
}

/// <param name="Soort">Kwaliteit or Prijs; Prijs is refused where reële tarieven apply.</param>
public sealed record CriteriumRequest(string? Code, string? Naam, string? Soort, int? Weging, IReadOnlyList<SubcriteriumRequest?>? Subcriteria);

/// <param name="Weging">Its share of the criterion's weight, in percent; a criterion's subcriteria sum to 100.</param>
public sealed record SubcriteriumRequest(string? Code, string? Naam, int? Weging);

/// <summary>PUT …/beoordeling/commissie: the person keys of the members (see <c>kandidaten</c> in GET …/beoordeling).</summary>
public sealed record CommissieRequest([property: IdVeld] IReadOnlyList<string>? Beoordelaars);

/// <summary>POST …/beoordeling/verstrengeling: why the caller has a conflict of interest.</summary>
public sealed record VerstrengelingRequest(string? Toelichting);

/// <summary>PUT …/beoordeling/geldigheid/{inschrijver}: whether the inschrijving meets the requirements; a reason is required when not.</summary>
public sealed record GeldigheidRequest(bool? Geldig, string? Reden);

/// <summary>PUT …/beoordeling/scores/{inschrijver} and …/consensus/{inschrijver}: one score per point, each with a motivation.</summary>
public sealed record ScoresRequest(IReadOnlyList<ScoreRequest?>? Scores)
{
    // Missing values become ones the domain refuses with a message per field (an empty point, a value off every scale).
    public IReadOnlyList<Score> AlsScores() => (Scores ?? []).Select(s => new Score(s?.Punt ?? "", s?.Waarde ?? -1, s?.Motivering ?? "")).ToList();
}

/// <param name="Punt">The point's code: a criterion's code, or "{criterium}.{subcriterium}".</param>
public sealed record ScoreRequest(string? Punt, int? Waarde, string? Motivering);
