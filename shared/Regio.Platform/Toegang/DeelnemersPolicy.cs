using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Toegang;

/// <summary>
/// The competitors part of <see cref="AccessPolicy"/>: who else takes part in the selection, dialogue or tender of a
/// perceel (names, keys, how many). Aanbieders that know each other's participation could coordinate their offers, so an
/// aanbieder does not learn it until the award; from then on it reads what the gunningsbeslissing and the dossier say.
/// What concerns the aanbieder itself (its own registration, session, submission) it always sees. The contracting
/// authority's side, and everyone else who may see the traject, keep seeing the participants as they do.
/// </summary>
public static partial class AccessPolicy
{
    private const string DeelnemersVertrouwelijk =
        "Wie verder aan dit perceel deelneemt, blijft tot de gunning vertrouwelijk. U ziet alleen wat uw eigen organisatie betreft.";

    public static Besluit BeslisDeelnemers(Actor actor, Traject traject, Perceel perceel, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(perceel);
        if (Beslis(actor, Actie.TrajectBekijken, traject, vandaag) is not Besluit.Toegestaan toegestaan)
        {
            return new Besluit.NietGevonden();
        }
        if (actor.Organisatie is not { Soort: OrganisatieSoort.Aanbieder } aanbieder)
        {
            return toegestaan;
        }
        return IsGegund(perceel, vandaag) ? Toegestaan(aanbieder.Id) : new Besluit.Geweigerd(DeelnemersVertrouwelijk);
    }

    /// <summary>The award has been made once the gunningsbeslissing is dated, or the perceel has reached a phase after it.</summary>
    private static bool IsGegund(Perceel perceel, DateOnly vandaag) =>
        perceel.Dossier.Gunningsbeslissing?.Datum <= vandaag
        || perceel.FaseOp(vandaag) is Fase.VoorlopigeGunning or Fase.DefinitieveGunning or Fase.Gecontracteerd;
}
