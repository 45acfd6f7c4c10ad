using Regio.Domain.Contracten;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Toegang;

/// <summary>
/// The contracts part of <see cref="AccessPolicy"/>. A contract is between the contracting authority and one aanbieder
/// or combinatie: the owner's people see it, and for a regional traject so do the gemeenten that take part (they pay
/// their share); the contracted aanbieder (every member of a combinatie) sees its own. Everyone else does not learn that
/// it exists. Only the owner's inkoper (or the regio coordinator) changes it.
/// </summary>
public static partial class AccessPolicy
{
    /// <param name="deelnemers">The gemeenten taking part in the traject the contract came from.</param>
    public static Besluit BeslisContract(Actor actor, Actie actie, Eigenaar eigenaar, IReadOnlyList<string> deelnemers, Contract contract)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(eigenaar);
        ArgumentNullException.ThrowIfNull(deelnemers);
        ArgumentNullException.ThrowIfNull(contract);
        if (actor.Organisatie is not { } organisatie || actor.Rollen.Count == 0)
        {
            return new Besluit.NietGevonden();
        }
        var vanEigenaar = actor.HoortBij(Eigenaar(eigenaar));
        var deelnemer = eigenaar is Domain.Trajecten.Eigenaar.DeRegio && organisatie.Soort == OrganisatieSoort.Gemeente && deelnemers.Contains(organisatie.Id.Value);
        var opdrachtnemer = organisatie.Soort == OrganisatieSoort.Aanbieder && contract.Opdrachtnemer.Leden.Any(l => l.Organisatie == organisatie.Id.Value);
        if (!vanEigenaar && !deelnemer && !opdrachtnemer)
        {
            return new Besluit.NietGevonden();
        }
        return actie switch
        {
            Actie.ContractBekijken => Toegestaan(organisatie.Id),
            Actie.ContractBeheren => MagBeheren(actor, eigenaar)
                ? Toegestaan(Eigenaar(eigenaar))
                : new Besluit.Geweigerd(eigenaar is Domain.Trajecten.Eigenaar.DeRegio
                    ? "Alleen de regiocoördinator wijzigt een contract van een regionaal traject. Vraag het de regiocoördinator."
                    : "Alleen een inkoper van de gemeente die het contract sloot kan het wijzigen. Vraag het een inkoper van die gemeente."),
            _ => new Besluit.NietGevonden(),
        };
    }
}
