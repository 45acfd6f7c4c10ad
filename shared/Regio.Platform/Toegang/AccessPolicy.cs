using Regio.Domain.Organisaties;

namespace Regio.Platform.Toegang;

/// <summary>
/// The one place that decides whether an actor may do something to a resource (DESIGN rule 1). Endpoints and pages
/// ask; they never test roles themselves.
/// </summary>
public static partial class AccessPolicy
{
    public static Besluit Beslis(Actor actor, Actie actie, OrganisatieId doel) => actie switch
    {
        Actie.OrganisatiesBeheren => actor.IsBeheerder
            ? Toegestaan(doel)
            : new Besluit.Geweigerd("Alleen een platformbeheerder kan organisaties registreren en inzien."),
        Actie.AanbiederRegistreren => actor.Organisatie is null
            ? Toegestaan(doel)
            : new Besluit.Geweigerd($"U hoort al bij {actor.Organisatie.Naam}. Een persoon werkt voor één organisatie op Regio."),
        Actie.AanbiederBevestigen => actor.IsBeheerder
            ? Toegestaan(doel)
            : new Besluit.Geweigerd("Alleen een platformbeheerder kan een aanbieder bevestigen of weigeren."),
        Actie.RegiosBeheren => actor.IsBeheerder
            ? Toegestaan(doel)
            : new Besluit.Geweigerd("Alleen een platformbeheerder kan regio's aanmelden en hun gemeenten wijzigen."),
        Actie.OrganisatieBekijken or Actie.LedenBekijken => actor.IsBeheerder || actor.HoortBij(doel)
            ? Toegestaan(doel)
            : new Besluit.NietGevonden(),
        Actie.RollenBeheren => RollenBeheren(actor, doel),
        Actie.SignalenBekijken => SignalenBekijken(actor, doel),
        Actie.AchtergrondtakenBeheren => actor.IsBeheerder
            ? Toegestaan(doel)
            : new Besluit.Geweigerd("Alleen een platformbeheerder kan de achtergrondtaken inzien en starten."),
        _ => new Besluit.NietGevonden(),
    };

    /// <summary>The role that lets someone manage the roles of their own colleagues.</summary>
    public static Rol? BeheerRol(OrganisatieSoort soort) => soort switch
    {
        OrganisatieSoort.Gemeente => Rol.Inkoper,
        OrganisatieSoort.Regio => Rol.Regiocoordinator,
        OrganisatieSoort.Aanbieder => Rol.Tekenbevoegde,
        OrganisatieSoort.Platform => Rol.Beheerder,
        _ => null,
    };

    private static Besluit RollenBeheren(Actor actor, OrganisatieId doel)
    {
        if (actor.IsBeheerder)
        {
            return Toegestaan(doel);
        }
        if (!actor.HoortBij(doel))
        {
            return new Besluit.NietGevonden();
        }
        var nodig = BeheerRol(actor.Organisatie!.Soort);
        return nodig is { } rol && actor.HeeftRol(rol)
            ? Toegestaan(doel)
            : new Besluit.Geweigerd($"Alleen een {nodig?.Omschrijving().ToLowerInvariant() ?? "platformbeheerder"} van uw organisatie kan rollen van collega's wijzigen. Vraag hem of haar, of de platformbeheerder.");
    }

    private static Besluit.Toegestaan Toegestaan(OrganisatieId doel) => new(new OrganisatieScope(doel));
}
