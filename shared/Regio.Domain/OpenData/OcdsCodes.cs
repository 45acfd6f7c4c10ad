using Regio.Domain.Trajecten;

namespace Regio.Domain.OpenData;

/// <summary>How Regio's phases and procedures map onto OCDS's closed codelists (tenderStatus, procurementMethod).</summary>
public static class OcdsCodes
{
    public static string LotStatus(Fase fase) => fase switch
    {
        Fase.Voorbereiding => "planned",
        Fase.Ingetrokken => "cancelled",
        Fase.DefinitieveGunning or Fase.Gecontracteerd => "complete",
        _ => "active",
    };

    /// <summary>Cancelled only when every lot is; active while any lot is; complete when every remaining lot is.</summary>
    public static string TenderStatus(IReadOnlyList<string> lots)
    {
        ArgumentNullException.ThrowIfNull(lots);
        var open = lots.Where(s => s != "cancelled").ToList();
        return lots.Count > 0 && open.Count == 0 ? "cancelled"
            : open.Contains("active") ? "active"
            : open.Count > 0 && open.All(s => s == "complete") ? "complete"
            : "planned";
    }

    /// <summary>
    /// The SAS procedure selects before it invites, so "selective"; meervoudig onderhands invites aanbieders of the buyer's
    /// choice ("limited"); enkelvoudig onderhands asks one ("direct"). Open house admits everyone who qualifies ("open").
    /// </summary>
    public static string? ProcurementMethod(Procedure? procedure) => procedure switch
    {
        Procedure.Dialooggericht => "selective",
        Procedure.OpenHouse or Procedure.Openbaar => "open",
        Procedure.MeervoudigOnderhands => "limited",
        Procedure.EnkelvoudigOnderhands => "direct",
        _ => null,
    };

    /// <summary>"aanbieder|zorg-bv" → "aanbieder-zorg-bv": an inschrijver key as an OCDS party id.</summary>
    public static string PartijId(string inschrijver)
    {
        ArgumentNullException.ThrowIfNull(inschrijver);
        return inschrijver.Replace('|', '-');
    }
}
