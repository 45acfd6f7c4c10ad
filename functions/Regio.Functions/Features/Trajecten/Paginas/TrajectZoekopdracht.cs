using Regio.Domain.Budgetten;
using Regio.Domain.Trajecten;

namespace Regio.Functions.Features.Trajecten.Paginas;

/// <summary>
/// The search on /trajecten, as the query string gives it: words in the name, and a domain, procedure, phase and owner
/// (its key, "regio:zk-ijmond" or "gemeente:haarlem"). A value that is not one of the choices filters nothing.
/// </summary>
public sealed record TrajectZoekopdracht(string? Tekst, string? Domein, string? Procedure, string? Fase, string? Eigenaar)
{
    public bool IsLeeg => string.IsNullOrWhiteSpace(Tekst) && DomeinKeuze is null && ProcedureKeuze is null && FaseKeuze is null && string.IsNullOrEmpty(Eigenaar);

    private Domein? DomeinKeuze => TrajectTeksten.Lees<Domein>(Domein);

    private Procedure? ProcedureKeuze => TrajectTeksten.Lees<Procedure>(Procedure);

    private Fase? FaseKeuze => TrajectTeksten.Lees<Fase>(Fase);

    /// <summary>A traject is in a phase when one of its percelen is: a search for "Dialoog" finds a traject with one lot in dialogue.</summary>
    public bool Past(Traject traject, DateOnly peildatum)
    {
        ArgumentNullException.ThrowIfNull(traject);
        var woorden = (Tekst ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return woorden.All(w => traject.Naam.Contains(w, StringComparison.OrdinalIgnoreCase))
            && (DomeinKeuze is not { } domein || traject.Domein == domein)
            && (ProcedureKeuze is not { } procedure || traject.Procedure == procedure)
            && (FaseKeuze is not { } fase || Fasen(traject, peildatum).Contains(fase))
            && (string.IsNullOrEmpty(Eigenaar) || traject.Eigenaar.Sleutel == Eigenaar);
    }

    private static IEnumerable<Fase> Fasen(Traject traject, DateOnly peildatum) =>
        traject.Percelen.Count == 0 ? [traject.FaseOp(peildatum)] : traject.Percelen.Select(p => p.FaseOp(peildatum));
}
