using Regio.Domain.Trajecten;
using Regio.Platform.Trajecten.Stukken;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>A document shared in a round, to download: for the owner's people and the participants.</summary>
public sealed class DocumentOpenen(DialoogPoort poort, DialoogStore store)
{
    public async Task<Uitkomst<DialoogBestand>> OpenAsync(Actor actor, TrajectId id, int perceel, int ronde, int nummer, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.DialoogVolgen, $"gedeeld document {ronde}/{nummer} openen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<DialoogBestand>();
        if (c.Dialoog.Waarde.Ronde(ronde)?.Documenten.FirstOrDefault(d => d.Nummer == nummer) is not { } document)
            return new Uitkomst<DialoogBestand>.NietGevonden();
        return await store.OpenAsync(DialoogStore.BlobNaam(id, perceel, ronde, document.Id), ct).ConfigureAwait(false) is { } inhoud
            ? new DialoogBestand(document, StukSoorten.ContentType(document.Soort), inhoud)
            : new Uitkomst<DialoogBestand>.NietGevonden();
    }
}
