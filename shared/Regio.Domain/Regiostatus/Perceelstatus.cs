using Regio.Domain.Budgetten;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Inschrijvingen;

namespace Regio.Domain.Regiostatus;

/// <summary>
/// One perceel on the status: its phase and since when, its objections, how many submissions came in per moment (a count
/// only: submissions are sealed), the contract moments in the coming days, and the shares: every gemeente's
/// (<see cref="Verdeling"/>, for the regio coordinator) or the reader's own beside its own budget (<see cref="EigenAandeel"/>).
/// </summary>
public sealed record Perceelstatus(
    int Nummer,
    string Naam,
    Fase Fase,
    DateOnly? FaseSinds,
    IReadOnlyList<Bezwaarstatus> Bezwaren,
    IReadOnlyList<Inschrijvingstelling> Inschrijvingen,
    IReadOnlyList<Contractmoment> Contractmomenten,
    Perceelverdeling? Verdeling = null,
    EigenAandeel? EigenAandeel = null)
{
    public int OpenBezwaren => Bezwaren.Count(b => b.Open);
}

/// <summary>An objection and whether it is still open on the day of the status (filed, and no uitspraak yet by then).</summary>
public sealed record Bezwaarstatus(BezwaarSoort Soort, string? Omschrijving, DateOnly Ingediend, DateOnly? Uitspraak, string? Uitkomst, bool Open)
{
    public static Bezwaarstatus Van(Bezwaar bezwaar, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(bezwaar);
        var open = bezwaar.Ingediend <= vandaag && (bezwaar.Uitspraak is not { } uitspraak || uitspraak > vandaag);
        return new(bezwaar.Soort, bezwaar.Omschrijving, bezwaar.Ingediend, bezwaar.Uitspraak, bezwaar.Uitkomst, open);
    }
}

/// <summary>How many inschrijvers have a submission that counts for one moment of a perceel.</summary>
public sealed record Inschrijvingstelling(Momentsoort Soort, int Aantal);

/// <summary>Every gemeente's share of a shared perceel per year, and their sum (the contract value, to the euro).</summary>
public sealed record Perceelverdeling(IReadOnlyList<int> Jaren, IReadOnlyList<Aandeel> Aandelen)
{
    public IReadOnlyList<long> Som => [.. Jaren.Select((_, i) => Aandelen.Sum(a => a.Bedragen[i]))];

    public static Perceelverdeling Van(Verdeling verdeling)
    {
        ArgumentNullException.ThrowIfNull(verdeling);
        return new(verdeling.Jaren, verdeling.Bereken());
    }
}

/// <summary>
/// A gemeente's own share beside its own budget: per year the share, what the budget holds for it (the post the gemeente
/// charges it to, or the domain's total when it chose none) and what is left after all shares charged there.
/// </summary>
public sealed record EigenAandeel(AandeelInPerceel Aandeel, string? Post, IReadOnlyList<Jaarruimte> Jaren);

public sealed record Jaarruimte(int Jaar, long Aandeel, long? Budget, long? Ruimte);
