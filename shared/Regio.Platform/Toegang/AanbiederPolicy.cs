using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Toegang;

/// <summary>
/// The registrations part of <see cref="AccessPolicy"/>. An aanbieder registers on a published traject and sees its own
/// registration and the combinaties it is in or invited to, never another aanbieder's; the owner's people see all
/// registrations of their perceel; everyone else nothing.
/// </summary>
public static partial class AccessPolicy
{
    /// <param name="combinatie">For the combinatie actions: the combinatie concerned.</param>
    public static Besluit BeslisAanmelding(Actor actor, Actie actie, Traject traject, DateOnly vandaag, Combinatie? combinatie = null)
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
        var aanbieder = actor.Organisatie is { Soort: OrganisatieSoort.Aanbieder } a && actor.Rollen.Count > 0 ? a.Id : (OrganisatieId?)null;
        var betrokken = aanbieder is { } id && combinatie is not null && combinatie.IsBetrokken(id) ? id : (OrganisatieId?)null;
        return actie switch
        {
            Actie.Aanmelden => aanbieder is { } eigen
                ? Toegestaan(eigen)
                : new Besluit.Geweigerd("Alleen medewerkers van een aanbieder kunnen zich voor een perceel aanmelden."),
            Actie.AanmeldingenInzien => actor.HoortBij(Eigenaar(traject.Eigenaar)) && actor.Rollen.Count > 0
                ? Toegestaan(Eigenaar(traject.Eigenaar))
                : new Besluit.Geweigerd("De aanmeldingen van een perceel zijn alleen in te zien voor de organisatie die het traject voert."),
            Actie.CombinatieBekijken or Actie.CombinatieBeantwoorden when betrokken is { } lid => Toegestaan(lid),
            Actie.CombinatieBeheren when betrokken is { } lid => lid == combinatie!.Penvoerder
                ? Toegestaan(lid)
                : new Besluit.Geweigerd("Alleen de penvoerder nodigt leden uit of haalt ze uit de combinatie. Vraag het de penvoerder."),
            _ => new Besluit.NietGevonden(),
        };
    }

    /// <summary>Which aanbieders are on the platform is no secret to anyone who works with it: everyone with a role may list them.</summary>
    public static Besluit BeslisAanbieders(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Organisatie is { } organisatie && actor.Rollen.Count > 0
            ? Toegestaan(organisatie.Id)
            : new Besluit.Geweigerd("U heeft nog geen rol bij uw organisatie. Vraag een collega met beheerrechten om u een rol te geven.");
    }
}
