using Regio.Domain.Rapportages;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;

namespace Regio.Platform.Rapportages;

/// <summary>
/// What a month's letter is written from: the regio's own trajecten (never a gemeente's local ones, DESIGN rule 2) and
/// the audit events of the regio's partition in that month. <see cref="Peildatum"/> is the last day of the month, or
/// today while the month is still running: the day from which "late" and "what comes next" are seen.
/// </summary>
public sealed record Maandbron(
    Domain.Regios.Regio Regio, Maand Maand, DateOnly Peildatum, IReadOnlyList<Traject> Trajecten, IReadOnlyList<AuditEvent> Gebeurtenissen)
{
    public IReadOnlyList<AuditEvent> GebeurtenissenVan(Traject traject)
    {
        ArgumentNullException.ThrowIfNull(traject);
        var onderwerp = $"traject:{traject.Id}";
        return [.. Gebeurtenissen.Where(e => e.Onderwerp == onderwerp)];
    }
}
