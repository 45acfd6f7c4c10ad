using Regio.Domain.Organisaties;
using Regio.Platform.Toegang;

namespace Regio.Platform.Signalen;

/// <summary>An organisation's signals, newest moment first, for the people the access policy lets read them.</summary>
public sealed class SignalenQuery(SignaalStore store, Toegangspoort toegangspoort)
{
    public async Task<Uitkomst<IReadOnlyList<Signaalrij>>> ListAsync(Actor actor, OrganisatieId organisatie, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var besluit = AccessPolicy.Beslis(actor, Actie.SignalenBekijken, organisatie);
        if (besluit is not Besluit.Toegestaan { Scope: var scope })
        {
            return await toegangspoort.WeigerAsync<IReadOnlyList<Signaalrij>>(actor, $"organisatie:{organisatie} signalen bekijken", besluit, ct).ConfigureAwait(false);
        }
        return new Uitkomst<IReadOnlyList<Signaalrij>>.Gelukt(await store.ListAsync(scope, SignaalStore.Maximum, ct).ConfigureAwait(false));
    }
}
