using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Platform.Toegang;

namespace Regio.Platform.Aanbieders;

/// <summary>
/// For whom a person of an aanbieder acts on a perceel: their own organisation alone, or the combinatie it is a
/// confirmed member of for that perceel. Submissions, dialogue and receipts are kept per <see cref="Inschrijver"/>.
/// </summary>
public sealed class Inschrijvers(AanmeldingStore store)
{
    /// <summary>
    /// Null when the actor is not a person with a role at an aanbieder. A combinatie counts once it is registered
    /// (<see cref="Combinatie.IsAangemeld"/>); until then its members act alone.
    /// </summary>
    public async Task<Inschrijver?> GetAsync(Actor actor, TrajectId traject, int perceel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Organisatie is not { Soort: OrganisatieSoort.Aanbieder } aanbieder || actor.Rollen.Count == 0)
        {
            return null;
        }
        if (await store.GetAanmeldingAsync(traject, perceel, aanbieder.Id, ct).ConfigureAwait(false) is { Combinatie: { } id }
            && await store.GetCombinatieAsync(traject, perceel, id, ct).ConfigureAwait(false) is { Combinatie: { IsAangemeld: true } combinatie }
            && combinatie.LidVan(aanbieder.Id) is { Status: Lidstatus.Bevestigd })
        {
            return combinatie.AlsInschrijver();
        }
        return Inschrijver.Alleen(aanbieder);
    }
}
