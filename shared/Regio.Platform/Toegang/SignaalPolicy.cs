using Regio.Domain.Organisaties;

namespace Regio.Platform.Toegang;

/// <summary>
/// The signals part of <see cref="AccessPolicy"/>. An organisation's signals tell which percelen it registered or bid for
/// and which contracts it holds, so only its own people read them. The platform beheerder does not: onboarding needs none
/// of it, and for an aanbieder that would reveal its participation before the owner's own lists do. Anyone of another
/// organisation does not learn that they exist (NietGevonden); a colleague without a role is told what to ask for.
/// </summary>
public static partial class AccessPolicy
{
    private static Besluit SignalenBekijken(Actor actor, OrganisatieId doel)
    {
        if (!actor.HoortBij(doel))
        {
            return new Besluit.NietGevonden();
        }
        return actor.Rollen.Count > 0
            ? Toegestaan(doel)
            : new Besluit.Geweigerd("Signalen van uw organisatie zijn te zien voor collega's met een rol. Vraag een collega die rollen beheert om een rol.");
    }
}
