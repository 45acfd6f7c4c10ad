namespace Regio.Domain.Trajecten.Fasemachine;

/// <summary>
/// The facts recorded for a perceel, each with the date it happened. The gates read only this:
/// a fact dated after today has not happened yet, so recording a planned date never opens a gate early.
/// </summary>
public sealed record Dossier
{
    public static Dossier Leeg { get; } = new();

    /// <summary>Aankondiging published on TenderNed.</summary>
    public DateOnly? AankondigingGepubliceerd { get; init; }

    /// <summary>Hoofdkenmerken of the opdracht recorded before selection (SAS, art. 2.38 Aw).</summary>
    public DateOnly? HoofdkenmerkenVastgelegd { get; init; }

    /// <summary>Uitnodiging tot inschrijving sent to the chosen aanbieders (onderhandse procedures).</summary>
    public DateOnly? UitnodigingVerzonden { get; init; }

    /// <summary>Last day on which inschrijvingen may be submitted; that day itself is still open.</summary>
    public DateOnly? InschrijvingstermijnSluit { get; init; }

    /// <summary>Openingsregistratie: the inschrijvingen were opened and checked.</summary>
    public DateOnly? OpeningGeregistreerd { get; init; }

    /// <summary>The aanbieders (or combinaties) in the dialogue, and since when.</summary>
    public Dialoogdeelname? Dialoog { get; init; }

    public IReadOnlyList<ProcesVerbaal> ProcessenVerbaal { get; init; } = [];

    public Gunningsbeslissing? Gunningsbeslissing { get; init; }

    /// <summary>Aanvullende motivering asked, bezwaar or kort geding; each ends with a recorded uitspraak.</summary>
    public IReadOnlyList<Bezwaar> Bezwaren { get; init; } = [];

    public DateOnly? OvereenkomstGetekend { get; init; }

    /// <summary>Aankondiging van de gegunde opdracht.</summary>
    public DateOnly? GunningGepubliceerd { get; init; }

    /// <summary>Open house only: the aanbieders admitted so far.</summary>
    public IReadOnlyList<Toelating> Toelatingen { get; init; } = [];

    public Intrekking? Intrekking { get; init; }
}

public sealed record ProcesVerbaal(Fase Fase, DateOnly Datum);

/// <summary>The (voorlopige) gunningsbeslissing sent to all inschrijvers; its date starts the standstill.</summary>
public sealed record Gunningsbeslissing(DateOnly Datum, string Motivering);

/// <summary>
/// An objection against the gunningsbeslissing; it runs from <see cref="Ingediend"/> until its <see cref="Uitspraak"/>.
/// Filed on the platform by an aanbieder, it also names the <see cref="Indiener"/> (inschrijver key) and keeps its own
/// words in <see cref="Toelichting"/>, the answer, and the court's dates. <see cref="Omschrijving"/> is what anyone who
/// sees the dossier may read; the optional fields are absent in dossiers recorded before they existed.
/// </summary>
public sealed record Bezwaar(
    DateOnly Ingediend, DateOnly? Uitspraak, BezwaarSoort Soort = BezwaarSoort.Bezwaar, string? Omschrijving = null, string? Uitkomst = null,
    string? Indiener = null, string? IndienerNaam = null, string? Toelichting = null, Bezwaarantwoord? Antwoord = null,
    DateOnly? Dagvaarding = null, DateOnly? Zitting = null);

/// <summary>The contracting authority's answer to a bezwaar, e.g. the aanvullende motivering given in a conversation.</summary>
public sealed record Bezwaarantwoord(DateOnly Datum, string Tekst, string DoorNaam);

public enum BezwaarSoort
{
    AanvullendeMotivering,
    Bezwaar,
    KortGeding,
}

/// <summary>Who takes part in the dialogue. <see cref="Namen"/> may be shorter than <see cref="Aantal"/> where a source gives only a count.</summary>
public sealed record Dialoogdeelname(DateOnly Sinds, int Aantal, IReadOnlyList<string> Namen);

public sealed record Toelating(string Aanbieder, DateOnly Toegelaten, DateOnly? OvereenkomstGetekend);

public sealed record Intrekking(DateOnly Datum, string Motivering);
