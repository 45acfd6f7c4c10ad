using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Toegang;

/// <summary>
/// The regio status part of <see cref="AccessPolicy"/>. The regio coordinator sees every regional traject of its own regio;
/// the people of a gemeente in the regio see the regional trajecten their gemeente takes part in and its own local ones.
/// A gemeente colleague without one of the roles that read (or a beoordelaar only) is told what to ask for; anyone outside
/// the regio gets NietGevonden. The scope is the coordinator's regio or the reader's own gemeente, never anyone else's.
/// </summary>
public static partial class AccessPolicy
{
    private static readonly Rol[] StatusRollen = [Rol.Inkoper, Rol.Budgethouder, Rol.Beleidsmedewerker, Rol.Lezer];

    public static Besluit Beslis(Actor actor, Actie actie, Domain.Regios.Regio regio)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(regio);
        if (actie != Actie.RegiostatusBekijken || actor.Organisatie is not { } organisatie)
        {
            return new Besluit.NietGevonden();
        }
        if (organisatie.Soort == OrganisatieSoort.Regio && organisatie.Id.Value == regio.Id.Value && actor.HeeftRol(Rol.Regiocoordinator))
        {
            return Toegestaan(organisatie.Id);
        }
        if (organisatie.Soort != OrganisatieSoort.Gemeente || !regio.Gemeenten.Any(g => g.Id.Value == organisatie.Id.Value))
        {
            return new Besluit.NietGevonden();
        }
        return StatusRollen.Any(actor.HeeftRol)
            ? Toegestaan(organisatie.Id)
            : new Besluit.Geweigerd("De regiostatus is te zien voor inkopers, budgethouders, beleidsmedewerkers en lezers van de gemeenten in de regio. Vraag een inkoper van uw gemeente om een van die rollen.");
    }

    /// <summary>Whether a traject belongs in the status read with <paramref name="scope"/> (from the decision above).</summary>
    public static bool InRegiostatus(Actor actor, OrganisatieScope scope, Traject traject, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(traject);
        if (Beslis(actor, Actie.TrajectBekijken, traject, vandaag) is not Besluit.Toegestaan)
        {
            return false;
        }
        var lezer = scope.Organisatie.Value;
        return traject.Eigenaar switch
        {
            Eigenaar.DeRegio r => r.Regio.Value == lezer || traject.Deelnemers.Any(d => d.Value == lezer),
            Eigenaar.EenGemeente g => g.Gemeente.Value == lezer,
            _ => false,
        };
    }

    /// <summary>For the main menu: whether the status is a page this person could open at all; the page itself decides exactly.</summary>
    public static bool KanRegiostatusZien(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Organisatie?.Soort switch
        {
            OrganisatieSoort.Regio => actor.HeeftRol(Rol.Regiocoordinator),
            OrganisatieSoort.Gemeente => StatusRollen.Any(actor.HeeftRol),
            _ => false,
        };
    }
}
