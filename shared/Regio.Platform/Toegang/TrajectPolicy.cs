using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Toegang;

/// <summary>
/// The trajecten part of <see cref="AccessPolicy"/> (still the one place, split by file to stay readable).
/// A published tender is public knowledge, so everyone with a role may see it; before publication only the
/// people who prepare it may know it exists.
/// </summary>
public static partial class AccessPolicy
{
    public static Besluit Beslis(Actor actor, Actie actie, Traject traject, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(traject);
        if (!MagZien(actor, traject, vandaag))
        {
            return new Besluit.NietGevonden();
        }
        return actie switch
        {
            Actie.TrajectBekijken => Toegestaan(Eigenaar(traject.Eigenaar)),
            Actie.TrajectBeheren or Actie.DocumentPubliceren or Actie.VraagBeantwoorden or Actie.VragenInzien => MagBeheren(actor, traject.Eigenaar)
                ? Toegestaan(Eigenaar(traject.Eigenaar))
                : new Besluit.Geweigerd(traject.IsRegionaal
                    ? "Alleen de regiocoördinator kan een regionaal traject wijzigen. Vraag het de regiocoördinator."
                    : "Alleen een inkoper van de gemeente die het traject voert kan het wijzigen. Vraag het een inkoper van die gemeente."),
            Actie.VraagStellen => Marktweigering(actor, actie) ?? MagVragen(actor, traject, vandaag),
            Actie.GeschiedenisInzien => actor.IsBeheerder || (actor.HoortBij(Eigenaar(traject.Eigenaar)) && actor.Rollen.Count > 0)
                ? Toegestaan(Eigenaar(traject.Eigenaar))
                : new Besluit.Geweigerd("De geschiedenis van een traject is in te zien voor de organisatie die het voert en voor de platformbeheerder."),
            _ => new Besluit.NietGevonden(),
        };
    }

    /// <summary>
    /// Starting a traject for <paramref name="eigenaar"/>. Someone of another organisation is refused and told why: the
    /// owner is a gemeente or regio everyone can know of, and the traject does not exist yet, so the refusal gives nothing
    /// away that a 404 would hide.
    /// </summary>
    public static Besluit Beslis(Actor actor, Actie actie, Eigenaar eigenaar)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(eigenaar);
        if (actie != Actie.TrajectAanmaken)
        {
            return new Besluit.NietGevonden();
        }
        if (!actor.HoortBij(Eigenaar(eigenaar)))
        {
            return new Besluit.Geweigerd(eigenaar is Eigenaar.DeRegio
                ? $"U kunt geen traject starten voor regio '{Eigenaar(eigenaar)}': dat kan alleen een regiocoördinator van die regio."
                : $"U kunt geen traject starten voor gemeente '{Eigenaar(eigenaar)}': dat kan alleen een inkoper van die gemeente, of de regiocoördinator in een regionaal traject.");
        }
        return MagBeheren(actor, eigenaar)
            ? Toegestaan(Eigenaar(eigenaar))
            : new Besluit.Geweigerd(eigenaar is Eigenaar.DeRegio
                ? "Alleen de regiocoördinator kan een regionaal traject starten."
                : "Alleen een inkoper van uw gemeente kan een traject starten. Vraag het een inkoper.");
    }

    private static bool MagZien(Actor actor, Traject traject, DateOnly vandaag)
    {
        if (actor.IsBeheerder || MagBeheren(actor, traject.Eigenaar))
        {
            return true;
        }
        if (actor.Organisatie is null || actor.Rollen.Count == 0)
        {
            return false;
        }
        if (traject.IsGepubliceerd(vandaag))
        {
            return true;
        }
        var organisatie = actor.Organisatie.Id.Value;
        return traject.Eigenaar switch
        {
            Eigenaar.EenGemeente g => g.Gemeente.Value == organisatie,
            Eigenaar.DeRegio r => r.Regio.Value == organisatie || traject.Deelnemers.Any(d => d.Value == organisatie),
            _ => false,
        };
    }

    /// <summary>
    /// Questions come from the market: a person of an aanbieder, on a published traject. Gemeenten ask their own
    /// inkoper, not the Nota van Inlichtingen.
    /// </summary>
    private static Besluit MagVragen(Actor actor, Traject traject, DateOnly vandaag) =>
        actor.Organisatie is { Soort: OrganisatieSoort.Aanbieder } aanbieder && actor.Rollen.Count > 0 && traject.IsGepubliceerd(vandaag)
            ? Toegestaan(aanbieder.Id)
            : new Besluit.Geweigerd(traject.IsGepubliceerd(vandaag)
                ? "Alleen medewerkers van een aanbieder kunnen vragen stellen voor de Nota van Inlichtingen."
                : "Vragen kunnen pas worden gesteld als het traject is gepubliceerd.");

    private static bool MagBeheren(Actor actor, Eigenaar eigenaar) =>
        actor.HoortBij(Eigenaar(eigenaar)) && actor.HeeftRol(eigenaar is Eigenaar.DeRegio ? Rol.Regiocoordinator : Rol.Inkoper);

    /// <summary>The organisation that owns a traject: a gemeente's or the regio's organisation id is its own id.</summary>
    internal static OrganisatieId Eigenaar(Eigenaar eigenaar) => eigenaar switch
    {
        Eigenaar.DeRegio r => new OrganisatieId(r.Regio.Value),
        Eigenaar.EenGemeente g => new OrganisatieId(g.Gemeente.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(eigenaar)),
    };
}
