using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten.Planning;

namespace Regio.Domain.Trajecten;

/// <summary>
/// A verwervingstraject. <see cref="Procedure"/> is null where the source documents do not name it.
/// <see cref="Mijlpalen"/> is its planning: planned, moved and realised milestones (see <see cref="Planning"/>).
/// </summary>
public sealed record Traject(
    TrajectId Id,
    string Naam,
    Eigenaar Eigenaar,
    IReadOnlyList<GemeenteId> Deelnemers,
    Procedure? Procedure,
    string? ProcedureToelichting,
    IReadOnlyList<Perceel> Percelen,
    IReadOnlyList<GeplandeMijlpaal> Mijlpalen,
    Domein? Domein = null,
    Contractvoorwaarden? Contract = null)
{
    public bool IsRegionaal => Eigenaar is Eigenaar.DeRegio;

    public Mijlpaalplanning Planning => new(Id, Mijlpalen);

    /// <summary>The phase of the traject as a whole: the least advanced phase of its percelen that are still open.</summary>
    public Fase FaseOp(DateOnly vandaag)
    {
        var open = Percelen.Select(p => p.FaseOp(vandaag)).Where(f => f != Fase.Ingetrokken).ToList();
        if (open.Count > 0)
        {
            return open.Min();
        }
        return Percelen.Count > 0 ? Fase.Ingetrokken : Fase.Voorbereiding;
    }

    /// <summary>
    /// Published once any perceel's aankondiging has been published by <paramref name="vandaag"/>, or any perceel is
    /// past Voorbereiding: a tender in its dialogue phase was announced, whether or not we recorded the date.
    /// An invitation to tender alone does not count: it goes to the chosen aanbieders, not to the public.
    /// </summary>
    public bool IsGepubliceerd(DateOnly vandaag) => Percelen.Any(p =>
        p.Dossier.AankondigingGepubliceerd <= vandaag
        || p.FaseOp(vandaag) != Fase.Voorbereiding);
}
