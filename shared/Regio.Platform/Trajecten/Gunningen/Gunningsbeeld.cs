using Regio.Domain.Aanbieders;
using Regio.Domain.Contracten;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Trajecten.Beoordelingen;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>A bezwaar with its number on the perceel (1 for the first) and whether it still holds up the definitive award.</summary>
public sealed record GenummerdBezwaar(int Nummer, Bezwaar Bezwaar, bool Loopt);

/// <summary>
/// The gunning of a perceel as one reader may see it. The owner's people see the decision, every letter and bezwaar and the
/// contracts (the ranking and scores when they may see scores, or once the letters are out); an inschrijver that received
/// a letter sees the winners, its own letter, its own bezwaren and its own contract. <see cref="DefinitiefGeweigerd"/> is
/// the gate that refuses the definitive award today, if any.
/// </summary>
public sealed record Gunningsbeeld(
    Traject Traject,
    Perceel Perceel,
    DateOnly Vandaag,
    Gelezen<Gunningsbesluit>? Besluit,
    IReadOnlyList<string> WinnaarNamen,
    Beoordelingsuitslag? Uitslag,
    IReadOnlyList<Briefregistratie> Brieven,
    IReadOnlyList<GenummerdBezwaar> Bezwaren,
    IReadOnlyList<Contract> Contracten,
    Weigering? DefinitiefGeweigerd,
    Inschrijver? Als,
    bool VanEigenaar,
    bool MagBeheren,
    bool MagBezwaarIndienen)
{
    public Verzending? Verzonden => Besluit?.Waarde.Verzonden;

    public DateOnly? StandstillEindigtOp => Verzonden?.StandstillEindigtOp;

    /// <summary>Calendar days left until and including the last day of the standstill; 0 once it has passed.</summary>
    public int? DagenTeGaan => StandstillEindigtOp is { } einde ? Math.Max(0, einde.DayNumber - Vandaag.DayNumber + 1) : null;

    public bool IsDefinitief => Besluit?.Waarde.Definitief is not null;
}

/// <summary>A concept letter as it would read if sent today, for the inkoper to check before sending.</summary>
public sealed record Conceptbrieven(Gelezen<Gunningsbesluit> Besluit, IReadOnlyList<Gunningsbrief> Brieven, bool KanVerzenden, string? Waarom);

/// <summary>A sent letter for download; the caller disposes <paramref name="Inhoud"/>.</summary>
public sealed record Briefbestand(Briefregistratie Brief, string Bestandsnaam, Stream Inhoud);
