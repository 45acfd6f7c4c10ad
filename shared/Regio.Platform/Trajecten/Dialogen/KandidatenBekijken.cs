using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Platform.Organisaties;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>The aanbieders on the platform that are not yet participants: whom the owner's inkoper can add.</summary>
public sealed class KandidatenBekijken(DialoogPoort poort, OrganisatieStore organisaties)
{
    public async Task<Uitkomst<IReadOnlyList<Organisatie>>> ListAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.DialoogBeheren, "dialoogdeelnemers kiezen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<IReadOnlyList<Organisatie>>();
        var alle = await organisaties.ListAsync(c.Scope, ct).ConfigureAwait(false);
        return alle.Where(o => o.Soort == OrganisatieSoort.Aanbieder && !c.Dialoog.Waarde.IsDeelnemer(DeelnemerToevoegen.Deelnemer(o).Sleutel)).OrderBy(o => o.Naam).ToList();
    }
}
