using Regio.Domain.Organisaties;
using Regio.Platform.Organisaties;
using Regio.Platform.Toegang;

namespace Regio.Platform.Aanbieders;

/// <summary>The aanbieders registered on the platform, by name: what a penvoerder chooses from to invite.</summary>
public sealed class AanbiedersZoeken(OrganisatieStore organisaties, Toegangspoort toegangspoort)
{
    public async Task<Uitkomst<IReadOnlyList<Organisatie>>> ListAsync(Actor actor, CancellationToken ct)
    {
        if (AccessPolicy.BeslisAanbieders(actor) is not Besluit.Toegestaan toegestaan)
        {
            return await toegangspoort.WeigerAsync<IReadOnlyList<Organisatie>>(actor, "aanbieders zoeken", AccessPolicy.BeslisAanbieders(actor), ct).ConfigureAwait(false);
        }
        var alle = await organisaties.ListAsync(toegestaan.Scope, ct).ConfigureAwait(false);
        return alle.Where(o => o.Soort == OrganisatieSoort.Aanbieder).OrderBy(o => o.Naam, StringComparer.CurrentCulture).ToList();
    }
}
