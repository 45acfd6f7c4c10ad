using Regio.Domain.Organisaties;
using Regio.Domain.Rapportages;
using Regio.Domain.Regios;

namespace Regio.Platform.Toegang;

/// <summary>
/// The raadsinformatiebrief part of <see cref="AccessPolicy"/>. The regio's coordinators write the monthly letter and see
/// it from its first concept. The people of the regio's gemeenten (anyone with a role) read and download a letter once it
/// is final: it is written for their councils, so they may know it; a concept is the coordinators' work in progress and
/// does not exist for them. Everyone else (another regio, aanbieders, the platform beheerder) learns nothing: NietGevonden.
/// </summary>
public static partial class AccessPolicy
{
    /// <summary>Whether the actor writes the regio's letters, for a menu or a form that needs no particular letter or gemeente.</summary>
    public static bool MagRapportagesOpstellen(Actor actor, RegioId regio) =>
        BeslisRapportage(actor, Actie.RapportageOpstellen, regio, [], RapportageStatus.Concept) is Besluit.Toegestaan;

    /// <summary>
    /// Whether the menu offers the letters: to the coordinators who write them and to the people of a gemeente who read the
    /// final ones. Which gemeenten belong to the regio the page decides with <see cref="BeslisRapportage"/>.
    /// </summary>
    public static bool KanRapportagesZien(Actor actor, RegioId regio)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return MagRapportagesOpstellen(actor, regio) || actor.Organisatie?.Soort == OrganisatieSoort.Gemeente && actor.Rollen.Count > 0;
    }

    /// <param name="gemeenten">The regio's gemeenten, whose people may read its final letters.</param>
    /// <param name="status">The letter concerned, or null for the regio's letters as a whole (the list, generating a new one).</param>
    public static Besluit BeslisRapportage(Actor actor, Actie actie, RegioId regio, IReadOnlyCollection<GemeenteId> gemeenten, RapportageStatus? status = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(gemeenten);
        var regioOrganisatie = new OrganisatieId(regio.Value);
        if (actor.Organisatie?.Soort == OrganisatieSoort.Regio && actor.HoortBij(regioOrganisatie) && actor.HeeftRol(Rol.Regiocoordinator))
        {
            return actie is Actie.RapportageOpstellen or Actie.RapportageLezen ? Toegestaan(regioOrganisatie) : new Besluit.NietGevonden();
        }
        var vanGemeente = actor.Organisatie is { Soort: OrganisatieSoort.Gemeente } gemeente
            && gemeenten.Contains(new GemeenteId(gemeente.Id.Value)) && actor.Rollen.Count > 0;
        if (!vanGemeente || status == RapportageStatus.Concept)
        {
            return new Besluit.NietGevonden();
        }
        return actie switch
        {
            Actie.RapportageLezen => Toegestaan(actor.Organisatie!.Id),
            Actie.RapportageOpstellen => new Besluit.Geweigerd(
                "De raadsinformatiebrief stelt de regiocoördinator op. U kunt de definitieve brieven lezen en downloaden."),
            _ => new Besluit.NietGevonden(),
        };
    }
}
