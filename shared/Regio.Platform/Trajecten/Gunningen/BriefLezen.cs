using Regio.Domain.Trajecten;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>Reading a sent letter: the owner's people any, an inschrijver only its own; before sending there is none.</summary>
public sealed class BriefLezen(GunningPoort poort, GunningBlobs blobs)
{
    public async Task<Uitkomst<Briefbestand>> GetAsync(Actor actor, TrajectId id, int perceel, string inschrijver, CancellationToken ct)
    {
        var wat = $"gunningsbrief van {inschrijver} lezen";
        var open = await poort.OpenAsync(actor, id, perceel, [Actie.GunningInzien, Actie.GunningsbriefLezen], wat, ct).ConfigureAwait(false);
        if (!open.TryGet(out var c))
            return open.RefusalAs<Briefbestand>();
        var vanEigenaar = c.Mag(actor, Actie.GunningInzien);
        // Another inschrijver's letter does not exist for this reader, whether or not it was sent.
        if (!vanEigenaar && c.Als?.Sleutel != inschrijver)
            return await poort.WeigerAsync<Briefbestand>(actor, id, wat, new Besluit.NietGevonden(), ct).ConfigureAwait(false);
        if (c.Gunning.Brieven.FirstOrDefault(b => b.Inschrijver == inschrijver) is not { } brief
            || await blobs.OpenAsync(brief.Blob, ct).ConfigureAwait(false) is not { } inhoud)
        {
            return new Uitkomst<Briefbestand>.NietGevonden();
        }
        return new Briefbestand(brief, $"gunningsbeslissing-{id}-perceel-{perceel}.docx", inhoud);
    }
}
