using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Trajecten;

/// <summary>A lot of a traject. <see cref="Dossier"/> holds the dated facts its phase gates read.</summary>
public sealed record Perceel(int Nummer, string Naam, IReadOnlyList<FaseOvergang> Overgangen, Dossier? Dossier = null)
{
    // Null in the constructor (a default must be a constant) means "nothing recorded yet"; readers always get a dossier.
    public Dossier Dossier { get; init; } = Dossier ?? Dossier.Leeg;

    /// <summary>
    /// The phase on <paramref name="vandaag"/>: the latest transition that has taken place by then.
    /// Derived on read from the stored dates (DESIGN rule 4), never flipped by a timer.
    /// </summary>
    public FaseOvergang? StandOp(DateOnly vandaag) =>
        Overgangen.Where(o => o.Datum <= vandaag).OrderBy(o => o.Datum).ThenBy(o => o.Fase).LastOrDefault();

    public Fase FaseOp(DateOnly vandaag) => StandOp(vandaag)?.Fase ?? Fase.Voorbereiding;
}
