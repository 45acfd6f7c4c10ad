using Regio.Domain.Trajecten;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>Reading a sent letter: the owner's people any, an inschrijver only its own; before sending there is none.</summary>
public sealed partial class GunningBeheer
{
    public async Task<Uitkomst<Briefbestand>> BriefAsync(Actor actor, TrajectId id, int perceel, string inschrijver, CancellationToken ct)
    {
        var (c, weigering) = await LeesAsync<Briefbestand>(actor, id, perceel, [Actie.GunningInzien, Actie.GunningsbriefLezen], $"gunningsbrief van {inschrijver} lezen", ct).ConfigureAwait(false);
        if (weigering is not null)
            return weigering;
        var vanEigenaar = c!.Mag(actor, Actie.GunningInzien);
        // Another inschrijver's letter does not exist for this reader, whether or not it was sent.
        if (!vanEigenaar && c.Als?.Sleutel != inschrijver)
            return await WeigerAsync<Briefbestand>(actor, id, $"gunningsbrief van {inschrijver} lezen", new Besluit.NietGevonden(), ct).ConfigureAwait(false);
        if (c.Gunning.Brieven.FirstOrDefault(b => b.Inschrijver == inschrijver) is not { } brief
            || await blobs.OpenAsync(brief.Blob, ct).ConfigureAwait(false) is not { } inhoud)
        {
            return new Uitkomst<Briefbestand>.NietGevonden();
        }
        return new Briefbestand(brief, $"gunningsbeslissing-{id}-perceel-{perceel}.docx", inhoud);
    }
}
