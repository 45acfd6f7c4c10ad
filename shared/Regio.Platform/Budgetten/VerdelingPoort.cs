using Regio.Domain.Trajecten;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Budgetten;

/// <summary>A traject whose verdeling the actor may keep, with the scope the policy allowed it in.</summary>
public sealed record Verdelingscontext(Traject Traject, OrganisatieScope Scope);

/// <summary>
/// The access gate of the verdeling's use cases, on <see cref="TrajectPoort"/>: it reads the traject, lets the regio
/// coordinator in as <see cref="AccessPolicy.BeslisVerdeling"/> decides, and logs a refusal.
/// </summary>
public sealed class VerdelingPoort(TrajectPoort poort)
{
    /// <param name="wat">What the access log names after the traject, e.g. <c>verdeling bekijken</c>.</param>
    public Task<Uitkomst<Verdelingscontext>> OpenAsync(Actor actor, TrajectId trajectId, string wat, CancellationToken ct) =>
        poort.OpenAsync(actor, trajectId, wat,
            t => AccessPolicy.BeslisVerdeling(actor, t.Traject, t.Peildatum),
            (t, scope) => new Verdelingscontext(t.Traject, scope),
            ct);
}
