using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Stukken;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Stukken;

/// <summary>One version of a document, opened for download. The caller disposes <paramref name="Inhoud"/>.</summary>
public sealed record StukBestand(Aanbestedingsstuk Stuk, StukVersie Versie, string ContentType, Stream Inhoud);

/// <summary>Opening one version of a document for download: whoever may see the traject may.</summary>
public sealed class StukLezen(TrajectPoort poort, StukStore store)
{
    public async Task<Uitkomst<StukBestand>> GetAsync(Actor actor, TrajectId trajectId, string stukId, int versie, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, trajectId, Actie.TrajectBekijken, $"document {stukId} openen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<StukBestand>();
        }
        var traject = open.Traject;
        if (await store.GetAsync(TrajectStore.PartitionKey(traject.Eigenaar), trajectId, stukId, ct).ConfigureAwait(false) is not { } gevonden
            || gevonden.Stuk.Versie(versie) is not { } gekozen)
        {
            return new Uitkomst<StukBestand>.NietGevonden();
        }
        // A listed version always has its blob (the row is written after it); should it be gone, the answer is still 404.
        return await store.OpenAsync(trajectId, stukId, versie, ct).ConfigureAwait(false) is { } inhoud
            ? new StukBestand(gevonden.Stuk, gekozen, StukSoorten.ContentType(gekozen.Soort), inhoud)
            : new Uitkomst<StukBestand>.NietGevonden();
    }
}
