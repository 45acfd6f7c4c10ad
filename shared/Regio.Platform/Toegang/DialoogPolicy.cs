using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;

namespace Regio.Platform.Toegang;

/// <summary>
/// The dialogue part of <see cref="AccessPolicy"/>. A dialogue is between the contracting authority and each participant
/// apart: the owner's people see all of it, a participant the rounds and shared documents and only its own sessions,
/// and everyone else nothing, not even that it exists.
/// </summary>
public static partial class AccessPolicy
{
    /// <param name="alsInschrijver">The <c>Inschrijver.Sleutel</c> the actor acts for on this perceel, or null.</param>
    /// <param name="sessieVan">For <see cref="Actie.DialoogsessieInzien"/>: the participant whose session it is.</param>
    public static Besluit BeslisDialoog(
        Actor actor, Actie actie, Traject traject, DateOnly vandaag, Dialoog dialoog, string? alsInschrijver, string? sessieVan = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(traject);
        ArgumentNullException.ThrowIfNull(dialoog);
        if (Beslis(actor, Actie.TrajectBekijken, traject, vandaag) is not Besluit.Toegestaan)
        {
            return new Besluit.NietGevonden();
        }
        var eigenaar = Eigenaar(traject.Eigenaar);
        var vanEigenaar = actor.HoortBij(eigenaar) && actor.Rollen.Count > 0;
        var deelnemer = dialoog.IsDeelnemer(alsInschrijver) && actor.Organisatie is { } organisatie ? organisatie.Id : (Domain.Organisaties.OrganisatieId?)null;
        return actie switch
        {
            Actie.DialoogBeheren when MagBeheren(actor, traject.Eigenaar) => Toegestaan(eigenaar),
            Actie.DialoogBeheren when vanEigenaar || deelnemer is not null => new Besluit.Geweigerd(traject.IsRegionaal
                ? "Alleen de regiocoördinator plant en verslaat de dialoog van een regionaal traject."
                : "Alleen een inkoper van de gemeente die het traject voert plant en verslaat de dialoog."),
            Actie.DialoogVolgen when vanEigenaar => Toegestaan(eigenaar),
            Actie.DialoogVolgen when deelnemer is { } d => Toegestaan(d),
            Actie.DialoogsessieInzien when vanEigenaar => Toegestaan(eigenaar),
            Actie.DialoogsessieInzien when deelnemer is { } d && sessieVan == alsInschrijver => Toegestaan(d),
            _ => new Besluit.NietGevonden(),
        };
    }
}
