namespace Regio.Domain.Trajecten.Fasemachine;

/// <summary>
/// A fact a person records in a perceel's <see cref="Dossier"/>: what happened and on which day. Each kind maps onto
/// one field of the dossier, so recording is explicit and the phase gates read nothing else.
/// </summary>
public abstract record Feit(DateOnly Datum)
{
    public sealed record AankondigingGepubliceerd(DateOnly Datum) : Feit(Datum);

    public sealed record HoofdkenmerkenVastgelegd(DateOnly Datum) : Feit(Datum);

    public sealed record UitnodigingVerzonden(DateOnly Datum) : Feit(Datum);

    /// <summary>The last day for inschrijvingen: the only fact that is a date still to come.</summary>
    public sealed record Inschrijvingstermijn(DateOnly Datum) : Feit(Datum);

    public sealed record OpeningGeregistreerd(DateOnly Datum) : Feit(Datum);

    public sealed record DialoogGestart(DateOnly Datum, IReadOnlyList<string> Deelnemers) : Feit(Datum);

    public sealed record ProcesVerbaalOpgemaakt(DateOnly Datum, Fase Fase) : Feit(Datum);

    public sealed record GunningsbeslissingVerzonden(DateOnly Datum, string Motivering) : Feit(Datum);

    public sealed record BezwaarIngediend(DateOnly Datum, BezwaarSoort Soort, string Omschrijving) : Feit(Datum);

    /// <summary>The ruling on the bezwaar with number <paramref name="Bezwaar"/> (1 for the first one recorded).</summary>
    public sealed record UitspraakBezwaar(DateOnly Datum, int Bezwaar, string Uitkomst) : Feit(Datum);

    public sealed record OvereenkomstGetekend(DateOnly Datum) : Feit(Datum);

    public sealed record GunningGepubliceerd(DateOnly Datum) : Feit(Datum);

    public sealed record Ingetrokken(DateOnly Datum, string Motivering) : Feit(Datum);
}
