using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;

namespace Regio.Domain.Regiostatus;

/// <summary>
/// What the reader narrowed the status to: a domain, a phase (a traject stays with only its percelen in that phase) and a
/// gemeente (the trajecten it takes part in or owns). An empty filter lets everything through.
/// </summary>
public sealed record Statusfilter(Domein? Domein = null, Fase? Fase = null, GemeenteId? Gemeente = null)
{
    public bool IsLeeg => Domein is null && Fase is null && Gemeente is null;

    /// <summary>The status with only what passes the filter, or null when nothing of the traject does.</summary>
    public Trajectstatus? Pas(Trajectstatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (Domein is { } domein && status.Domein != domein)
        {
            return null;
        }
        if (Gemeente is { } gemeente && !status.Deelnemers.Contains(gemeente)
            && !(status.Eigenaar is Eigenaar.EenGemeente eigen && eigen.Gemeente == gemeente))
        {
            return null;
        }
        if (Fase is not { } fase)
        {
            return status;
        }
        if (status.Percelen.Count == 0)
        {
            return status.Fase == fase ? status : null;
        }
        var percelen = status.Percelen.Where(p => p.Fase == fase).ToList();
        return percelen.Count == 0 ? null : status with { Percelen = percelen };
    }
}
