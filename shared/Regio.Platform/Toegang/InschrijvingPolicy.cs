using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;

namespace Regio.Platform.Toegang;

/// <summary>
/// The sealed-submissions part of <see cref="AccessPolicy"/> (DESIGN rule 3). An aanbieder works on its own submission
/// only; the owner's people see how many submitted; and nobody, the platform beheerder included, reads a document before
/// the moment has been opened by two people: until then the documents do not exist for anyone (NietGevonden).
/// </summary>
public static partial class AccessPolicy
{
    /// <param name="alsInschrijver">The <c>Inschrijver.Sleutel</c> the actor acts for on this perceel, or null.</param>
    /// <param name="moment">The submission moment concerned, for reading documents (null: not set).</param>
    /// <param name="commissielid">For reading documents: the actor's place in the perceel's beoordelingscommissie, if any.</param>
    public static Besluit BeslisInschrijving(Actor actor, Actie actie, Traject traject, DateOnly vandaag, string? alsInschrijver, Indienmoment? moment = null,
        Domain.Trajecten.Beoordelingen.Beoordelaar? commissielid = null)
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
        var beheerder = MagBeheren(actor, traject.Eigenaar);
        return actie switch
        {
            Actie.Inschrijven => actor.Organisatie is { Soort: OrganisatieSoort.Aanbieder } aanbieder && alsInschrijver is not null
                ? Toegestaan(aanbieder.Id)
                : new Besluit.Geweigerd("Alleen medewerkers van een aanbieder kunnen documenten indienen."),
            Actie.InschrijvingenTellen => vanEigenaar
                ? Toegestaan(eigenaar)
                : new Besluit.Geweigerd("Hoeveel inschrijvingen er zijn, ziet alleen de organisatie die het traject voert."),
            Actie.IndienmomentBeheren or Actie.InschrijvingenOpenen => beheerder
                ? Toegestaan(eigenaar)
                : new Besluit.Geweigerd(traject.IsRegionaal
                    ? "Alleen de regiocoördinator stelt indienmomenten vast en opent inschrijvingen van een regionaal traject."
                    : "Alleen een inkoper van de gemeente die het traject voert stelt indienmomenten vast en opent inschrijvingen."),
            // Sealed: before the opening nobody learns that documents exist, whatever their role.
            Actie.InschrijvingenLezen when moment is not { IsGeopend: true } => new Besluit.NietGevonden(),
            // A commissie member may be of a participating gemeente (regional trajecten); one with a conflict of interest reads nothing.
            Actie.InschrijvingenLezen when commissielid is { IsUitgesloten: true } => new Besluit.Geweigerd(UitgeslotenReden),
            Actie.InschrijvingenLezen => beheerder || commissielid is not null || (vanEigenaar && actor.HeeftRol(Rol.Beoordelaar))
                ? Toegestaan(eigenaar)
                : new Besluit.Geweigerd("Geopende inschrijvingen zijn alleen te lezen voor de beoordelaars en de inkoper of regiocoördinator van de aanbestedende dienst."),
            _ => new Besluit.NietGevonden(),
        };
    }
}
