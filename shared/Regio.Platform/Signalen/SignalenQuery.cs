using Regio.Domain.Organisaties;
using Regio.Platform.Toegang;

namespace Regio.Platform.Signalen;

/// <summary>An organisation's signals, newest moment first, for the people the access policy lets read them.</summary>
public sealed class SignalenQuery(SignaalStore store, Toegangslog log)
{
    public async Task<Uitkomst<IReadOnlyList<Signaalrij>>> LeesAsync(Actor actor, OrganisatieId organisatie, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var besluit = AccessPolicy.Beslis(actor, Actie.SignalenBekijken, organisatie);
        if (besluit is not Besluit.Toegestaan { Scope: var scope })
        {
            var reden = besluit is Besluit.Geweigerd g ? g.Reden : null;
            await log.GeweigerdAsync(actor, $"organisatie:{organisatie} signalen bekijken", reden ?? "Niet zichtbaar voor deze gebruiker of bestaat niet", ct).ConfigureAwait(false);
            return reden is null ? new Uitkomst<IReadOnlyList<Signaalrij>>.NietGevonden() : new Uitkomst<IReadOnlyList<Signaalrij>>.Geweigerd(reden);
        }
        return new Uitkomst<IReadOnlyList<Signaalrij>>.Gelukt(await store.LijstAsync(scope, SignaalStore.Maximum, ct).ConfigureAwait(false));
    }
}
