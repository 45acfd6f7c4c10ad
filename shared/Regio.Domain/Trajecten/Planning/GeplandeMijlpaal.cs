using System.Globalization;

namespace Regio.Domain.Trajecten.Planning;

/// <summary>Numbered within one traject's planning; the planning hands them out and never reuses one.</summary>
public readonly record struct MijlpaalId(int Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One move of a planned date: the audit trail a council asks for when a date slips.</summary>
public sealed record Verschuiving(DateOnly Van, DateOnly Naar, string Wie, DateTimeOffset Wanneer, string Reden);

/// <summary>The date a milestone actually happened, and who recorded it when.</summary>
public sealed record Realisatie(DateOnly Datum, string Wie, DateTimeOffset Wanneer);

/// <summary>
/// A milestone of a traject: planned once, possibly moved (each move kept), and recorded when it happened.
/// Changed only through <see cref="Mijlpaalplanning"/>, which returns a refusal instead of an inconsistent milestone.
/// </summary>
public sealed record GeplandeMijlpaal(
    MijlpaalId Id,
    MijlpaalSoort Soort,
    string Omschrijving,
    DateOnly GeplandeDatum,
    string GeplandDoor,
    DateTimeOffset GeplandOp)
{
    public IReadOnlyList<Verschuiving> Verschuivingen { get; init; } = [];

    public Realisatie? Realisatie { get; init; }

    /// <summary>
    /// The date first promised. Derived from the history rather than stored, so the two cannot disagree;
    /// the deviation is measured from here, not from the last move, or slipping in small steps would hide it.
    /// </summary>
    public DateOnly OorspronkelijkeDatum => Verschuivingen.Count == 0 ? GeplandeDatum : Verschuivingen[0].Van;

    public bool IsGerealiseerd => Realisatie is not null;

    /// <summary>Derived from the stored dates on every read (design rule 4), never flipped by a timer.</summary>
    public MijlpaalStand Stand(DateOnly vandaag)
    {
        if (Realisatie is { } realisatie)
        {
            return new MijlpaalStand.Gerealiseerd(this, realisatie.Datum.DayNumber - OorspronkelijkeDatum.DayNumber);
        }
        // The planned day itself is still on time: it can happen any hour of that day.
        return GeplandeDatum < vandaag
            ? new MijlpaalStand.Verlopen(this, vandaag.DayNumber - GeplandeDatum.DayNumber)
            : new MijlpaalStand.Gepland(this, GeplandeDatum.DayNumber - vandaag.DayNumber);
    }
}
