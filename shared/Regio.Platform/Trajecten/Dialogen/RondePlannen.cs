using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>The owner's inkoper plans a dialogue round: a title and the days it runs (rules: <see cref="Dialoogregels.PlanRonde"/>).</summary>
public sealed class RondePlannen(Dialoogwijziging wijziging)
{
    public Task<Uitkomst<Stand<Dialoog>>> ScheduleAsync(Actor actor, TrajectId id, int perceel, string? titel, DateOnly van, DateOnly tot, CancellationToken ct) =>
        wijziging.ApplyAsync(actor, id, perceel, "dialoogronde plannen", d => Dialoogregels.PlanRonde(d, titel, van, tot),
            (_, na) => $"Dialoogronde {na.Rondes[^1].Nummer} gepland voor perceel {perceel}", ct);
}
