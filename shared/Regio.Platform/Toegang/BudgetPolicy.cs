using Regio.Domain.Organisaties;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Toegang;

/// <summary>
/// The budget part of <see cref="AccessPolicy"/>. A gemeente's budget, its shares and its lokale keuzes are that
/// gemeente's own (DESIGN rule 2): nobody else may know what is in them, not the regio coordinator, not another
/// gemeente, not the platform beheerder, so all of them get NietGevonden. Within the gemeente, everyone with a role
/// reads; the budgethouder changes the budget, the beleidsmedewerker or budgethouder the lokale keuzes.
/// </summary>
public static partial class AccessPolicy
{
    public static Besluit Beslis(Actor actor, Actie actie, GemeenteId gemeente)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var organisatie = new OrganisatieId(gemeente.Value);
        if (actie == Actie.GedeeldeKeuzeLezen && IsRegiocoordinator(actor))
        {
            // The coordinator's scope is the regio's own: the store reads only keuzes marked as shared with it.
            return Toegestaan(actor.Organisatie!.Id);
        }
        if (!actor.HoortBij(organisatie) || actor.Organisatie?.Soort != OrganisatieSoort.Gemeente)
        {
            return new Besluit.NietGevonden();
        }
        if (actor.Rollen.Count == 0)
        {
            return new Besluit.Geweigerd("U heeft nog geen rol bij uw gemeente. Vraag een inkoper van uw gemeente om u een rol te geven.");
        }
        return actie switch
        {
            Actie.BudgetBekijken or Actie.LokaleKeuzesBekijken or Actie.GedeeldeKeuzeLezen => Toegestaan(organisatie),
            Actie.BudgetBeheren => actor.HeeftRol(Rol.Budgethouder)
                ? Toegestaan(organisatie)
                : new Besluit.Geweigerd("Alleen de budgethouder van uw gemeente kan het budget wijzigen of vaststellen. Vraag het de budgethouder."),
            Actie.LokaleKeuzesBeheren => actor.HeeftRol(Rol.Beleidsmedewerker) || actor.HeeftRol(Rol.Budgethouder)
                ? Toegestaan(organisatie)
                : new Besluit.Geweigerd("Alleen een beleidsmedewerker of de budgethouder van uw gemeente kan lokale keuzes vastleggen."),
            _ => new Besluit.NietGevonden(),
        };
    }

    /// <summary>
    /// The verdeling of a shared perceel: its contract value and everyone's share are the regio coordinator's to see and
    /// record. A gemeente that can see the traject is told where its own share is; others do not learn the traject exists.
    /// </summary>
    public static Besluit BeslisVerdeling(Actor actor, Traject traject, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(traject);
        if (!MagZien(actor, traject, vandaag))
        {
            return new Besluit.NietGevonden();
        }
        return traject.IsRegionaal && MagBeheren(actor, traject.Eigenaar)
            ? Toegestaan(Eigenaar(traject.Eigenaar))
            : new Besluit.Geweigerd(traject.IsRegionaal
                ? "De verdeling over de gemeenten legt de regiocoördinator vast. Het aandeel van uw gemeente staat bij het budget van uw gemeente."
                : "Alleen een perceel van een regionaal traject wordt over gemeenten verdeeld.");
    }

    private static bool IsRegiocoordinator(Actor actor) =>
        actor.Organisatie?.Soort == OrganisatieSoort.Regio && actor.HeeftRol(Rol.Regiocoordinator);
}
