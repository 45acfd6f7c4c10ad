using Regio.Domain.Trajecten.Planning;

namespace Regio.Domain.Regiostatus;

/// <summary>
/// A milestone as the status shows it: planned (and first promised) against actual. <see cref="DagenTeLaat"/> is how many
/// days it is behind on the day of the status: past its planned date without a realisation, or realised later than first
/// promised; 0 when on time.
/// </summary>
public sealed record Mijlpaalstatus(
    MijlpaalSoort Soort, string Omschrijving, DateOnly GeplandeDatum, DateOnly OorspronkelijkeDatum, DateOnly? WerkelijkeDatum, int DagenTeLaat)
{
    public bool IsTeLaat => DagenTeLaat > 0;

    public bool IsVerschoven => GeplandeDatum != OorspronkelijkeDatum;

    public static Mijlpaalstatus Van(MijlpaalStand stand)
    {
        ArgumentNullException.ThrowIfNull(stand);
        var m = stand.Mijlpaal;
        return stand switch
        {
            MijlpaalStand.Verlopen v => new(m.Soort, m.Omschrijving, m.GeplandeDatum, m.OorspronkelijkeDatum, null, v.DagenTeLaat),
            MijlpaalStand.Gerealiseerd g => new(m.Soort, m.Omschrijving, m.GeplandeDatum, m.OorspronkelijkeDatum, m.Realisatie!.Datum, Math.Max(0, g.AfwijkingInDagen)),
            _ => new(m.Soort, m.Omschrijving, m.GeplandeDatum, m.OorspronkelijkeDatum, null, 0),
        };
    }
}
