using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>What every change to a gemeente's budget shares: its audit event, and its messages.</summary>
internal static class Budgetmutatie
{
    public const string RedenNodig = "Dit budget is vastgesteld. Geef de reden van de wijziging, bijvoorbeeld het raadsbesluit over de begrotingswijziging.";

    public const string Tegelijk = "Iemand anders heeft dit budget intussen gewijzigd. Lees het opnieuw en probeer het nog eens.";

    /// <summary>The audit event of a change to one domain's budget, in the gemeente's own chain.</summary>
    public static AuditEvent Event(TimeProvider time, Actor actor, string actie, GemeenteId gemeente, Domein domein, object? voor, object? na) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, $"budget:{gemeente}:{domein.ToString().ToLowerInvariant()}",
            voor is null ? null : Json.Write(voor), na is null ? null : Json.Write(na));
}
