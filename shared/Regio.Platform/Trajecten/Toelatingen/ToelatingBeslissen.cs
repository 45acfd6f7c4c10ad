using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Toelatingen;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Toelatingen;

/// <summary>The owner's inkoper admits an aanvraag or refuses it with reasons; an admission goes into the perceel's dossier.</summary>
public sealed class ToelatingBeslissen(Aanvraagwijziging wijziging, TimeProvider time)
{
    public Task<Uitkomst<AanvraagVersie>> DecideAsync(
        Actor actor, TrajectId id, int perceel, int nummer, bool toegelaten, string? motivering, Versie gelezenVersie, CancellationToken ct) =>
        wijziging.ChangeAsync(actor, id, perceel, nummer, gelezenVersie, $"besluiten over aanvraag {nummer}",
            a => Toelatingsregels.Beslis(a, toegelaten, motivering, time.Vandaag(), actor.Naam),
            a => $"{(a.IsToegelaten ? "Toegelaten" : "Toelating afgewezen")}: aanvraag {nummer} voor perceel {perceel}", ct);
}
