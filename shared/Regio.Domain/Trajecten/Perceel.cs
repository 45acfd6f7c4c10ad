namespace Regio.Domain.Trajecten;

public sealed record Perceel(int Nummer, string Naam, IReadOnlyList<FaseOvergang> Overgangen)
{
    /// <summary>
    /// The phase on <paramref name="vandaag"/>: the latest transition that has taken place by then.
    /// Derived on read from the stored dates (DESIGN rule 4), never flipped by a timer.
    /// </summary>
    public FaseOvergang? StandOp(DateOnly vandaag) =>
        Overgangen.Where(o => o.Datum <= vandaag).OrderBy(o => o.Datum).ThenBy(o => o.Fase).LastOrDefault();

    public Fase FaseOp(DateOnly vandaag) => StandOp(vandaag)?.Fase ?? Fase.Voorbereiding;
}
