using Regio.Domain.Trajecten;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>
/// A traject as one actor may read it. A perceel's dossier records who takes part in its dialogue and who was admitted to
/// an open house; where <see cref="AccessPolicy.BeslisDeelnemers"/> keeps that from the actor (an aanbieder before the
/// award) those facts are left out. Only what is read goes through here: every change starts from the stored traject.
/// </summary>
internal static class Trajectinzage
{
    public static Traject Voor(Actor actor, Traject traject, DateOnly vandaag) =>
        traject.Percelen.All(p => MagDeelnemersZien(actor, traject, p, vandaag))
            ? traject
            : traject with { Percelen = [.. traject.Percelen.Select(p => MagDeelnemersZien(actor, traject, p, vandaag) ? p : ZonderDeelnemers(p))] };

    private static bool MagDeelnemersZien(Actor actor, Traject traject, Perceel perceel, DateOnly vandaag) =>
        AccessPolicy.BeslisDeelnemers(actor, traject, perceel, vandaag) is Besluit.Toegestaan;

    private static Perceel ZonderDeelnemers(Perceel perceel) =>
        perceel with { Dossier = perceel.Dossier with { Dialoog = null, Toelatingen = [] } };
}
