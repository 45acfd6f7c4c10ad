using Regio.Domain.Trajecten;

namespace Regio.Platform.Toegang;

/// <summary>
/// The gunning part of <see cref="AccessPolicy"/>. The decision is the contracting authority's: its inkoper (or the regio
/// coordinator) drafts, sends and makes it definitive; its people see all of it. An inschrijver learns nothing before the
/// letters are sent, and after that reads its own letter only and raises its own objections: another's letter does not
/// exist for it (NietGevonden), nor does a letter before sending.
/// </summary>
public static partial class AccessPolicy
{
    /// <param name="ontvanger">Whether the actor acts for an inschrijver that was sent the letter concerned.</param>
    public static Besluit BeslisGunning(Actor actor, Actie actie, Traject traject, DateOnly vandaag, bool ontvanger = false)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(traject);
        if (Beslis(actor, Actie.TrajectBekijken, traject, vandaag) is not Besluit.Toegestaan)
        {
            return new Besluit.NietGevonden();
        }
        var eigenaar = Eigenaar(traject.Eigenaar);
        var vanEigenaar = actor.HoortBij(eigenaar) && actor.Rollen.Count > 0;
        var beheerder = MagBeheren(actor, traject.Eigenaar);
        var inschrijver = ontvanger && actor.Organisatie is { } organisatie && actor.Rollen.Count > 0 ? organisatie.Id : (Domain.Organisaties.OrganisatieId?)null;
        return actie switch
        {
            Actie.GunningBeheren when beheerder => Toegestaan(eigenaar),
            Actie.GunningBeheren when vanEigenaar => new Besluit.Geweigerd(traject.IsRegionaal
                ? "Alleen de regiocoördinator stelt de gunningsbeslissing van een regionaal traject op, verzendt haar en gunt definitief."
                : "Alleen een inkoper van de gemeente die het traject voert stelt de gunningsbeslissing op, verzendt haar en gunt definitief."),
            Actie.GunningInzien when vanEigenaar => Toegestaan(eigenaar),
            Actie.GunningsbriefLezen when vanEigenaar => Toegestaan(eigenaar),
            Actie.GunningsbriefLezen or Actie.BezwaarIndienen when inschrijver is { } eigen => Toegestaan(eigen),
            Actie.BezwaarIndienen when vanEigenaar => new Besluit.Geweigerd(
                "Een aanvullende motivering of kort geding wordt aangevraagd door een inschrijver. Leg het antwoord, de zitting en de uitspraak vast bij het bezwaar."),
            _ => new Besluit.NietGevonden(),
        };
    }
}
