using Regio.Domain.Trajecten;

namespace Regio.Domain.Signalen;

/// <summary>What a signal is about; the task overview groups and words them by this.</summary>
public enum Signaalsoort
{
    /// <summary>A planned milestone is due within <see cref="Signaalregels.MijlpaalVooruitblikDagen"/> days.</summary>
    MijlpaalNadert,

    /// <summary>A milestone's planned date has passed and nobody recorded that it happened.</summary>
    MijlpaalVerlopen,

    /// <summary>A submission moment of a perceel closes within <see cref="Signaalregels.SluitingVooruitblik"/>.</summary>
    TermijnSluit,

    /// <summary>The standstill of a perceel ends within <see cref="Signaalregels.StandstillVooruitblikDagen"/> days, or has ended.</summary>
    StandstillEindigt,

    /// <summary>A contract is evaluated (after year 3, year 6 ...) within <see cref="Signaalregels.EvaluatieVooruitblikDagen"/> days.</summary>
    Evaluatie,
}

/// <summary>
/// One signal: what (<see cref="Soort"/>), about what (<see cref="Onderwerp"/>, a stable key such as
/// "traject:jeugdhulp-2023|mijlpaal:3") and when it is due (<see cref="Moment"/>). Soort, onderwerp and moment together
/// identify it, so computing it again yields the same signal; a moved date is a new one. <see cref="Titel"/> is the Dutch
/// sentence a person reads; it names absolute dates only, because it is written once and read later.
/// </summary>
public sealed record Signaal(
    Signaalsoort Soort, string Onderwerp, string Titel, DateTimeOffset Moment, TrajectId? Traject = null, int? Perceel = null, string? Contract = null);

/// <summary>
/// The moment the rules look from: the server's clock and the zone in which procurement dates are calendar dates (Dutch
/// time). Passed in, never read, so the rules stay pure.
/// </summary>
public sealed record Peilmoment(DateTimeOffset Nu, TimeZoneInfo Zone)
{
    public DateOnly Vandaag => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Nu, Zone).DateTime);

    /// <summary>The start of a calendar day in <see cref="Zone"/>: the moment of a signal about a date.</summary>
    public DateTimeOffset Begin(DateOnly datum)
    {
        var lokaal = datum.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(lokaal, Zone.GetUtcOffset(lokaal));
    }

    public DateTimeOffset Lokaal(DateTimeOffset tijdstip) => TimeZoneInfo.ConvertTime(tijdstip, Zone);
}
