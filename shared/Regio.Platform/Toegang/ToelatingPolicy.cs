using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Toegang;

/// <summary>
/// The open-house part of <see cref="AccessPolicy"/>. Aanbieders apply on a published open house and see their own
/// aanvragen; the owner's people see all of them, and only the owner's inkoper (or the regiocoördinator) decides.
/// </summary>
public static partial class AccessPolicy
{
    public static Besluit BeslisToelating(Actor actor, Actie actie, Traject traject, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(traject);
        if (Beslis(actor, Actie.TrajectBekijken, traject, vandaag) is not Besluit.Toegestaan)
        {
            return new Besluit.NietGevonden();
        }
        if (Marktweigering(actor, actie) is { } nietBevestigd)
        {
            return nietBevestigd;
        }
        var eigenaar = Eigenaar(traject.Eigenaar);
        var vanEigenaar = actor.HoortBij(eigenaar) && actor.Rollen.Count > 0;
        return actie switch
        {
            Actie.ToelatingAanvragen => actor.Organisatie is { Soort: OrganisatieSoort.Aanbieder } aanbieder && actor.Rollen.Count > 0 && traject.IsGepubliceerd(vandaag)
                ? Toegestaan(aanbieder.Id)
                : new Besluit.Geweigerd("Alleen medewerkers van een aanbieder kunnen toelating aanvragen, en pas als het open house is gepubliceerd."),
            Actie.ToelatingBeslissen => MagBeheren(actor, traject.Eigenaar)
                ? Toegestaan(eigenaar)
                : new Besluit.Geweigerd(traject.IsRegionaal
                    ? "Alleen de regiocoördinator besluit over toelating tot een regionaal open house."
                    : "Alleen een inkoper van de gemeente die het open house voert besluit over toelating."),
            Actie.ToelatingenInzien => vanEigenaar
                ? Toegestaan(eigenaar)
                : new Besluit.Geweigerd("Alle aanvragen tot toelating zijn alleen in te zien voor de organisatie die het open house voert."),
            _ => new Besluit.NietGevonden(),
        };
    }
}
