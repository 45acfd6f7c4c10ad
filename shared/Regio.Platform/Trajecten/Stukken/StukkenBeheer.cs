using Azure;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Stukken;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Stukken;

/// <summary>The documents of a traject as a reader gets them, and whether this reader may publish more.</summary>
public sealed record StukkenVanTraject(Traject Traject, IReadOnlyList<Aanbestedingsstuk> Stukken, bool MagPubliceren);

/// <summary>One version of a document, opened for download. The caller disposes <paramref name="Inhoud"/>.</summary>
public sealed record StukBestand(Aanbestedingsstuk Stuk, StukVersie Versie, string ContentType, Stream Inhoud);

/// <summary>A file to publish as it arrived: the name the sender gave it, its bytes, and a note for readers.</summary>
public sealed record StukUpload(string? Bestandsnaam, Stream? Inhoud, string? Toelichting = null);

/// <summary>
/// The use cases of aanbestedingsstukken. Whoever may see a traject may read its documents (so aanbieders can, once it
/// is published); publishing needs <see cref="Actie.DocumentPubliceren"/>. Every publication is a new version; see
/// StukPublicatie.cs for how it is written.
/// </summary>
public sealed partial class StukkenBeheer(TrajectPoort poort, StukStore store, TimeProvider time)
{
    /// <summary>
    /// The largest document that can be published. The Functions host refuses HTTP requests over 100 MB before they
    /// reach the app, so the file and the form around it (1 MB margin, see StukUploadLezer) stay below that.
    /// </summary>
    public const long MaximumBytes = 95L * 1024 * 1024;

    public async Task<Uitkomst<StukkenVanTraject>> LijstAsync(Actor actor, TrajectId trajectId, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, trajectId, Actie.TrajectBekijken, "documenten bekijken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<StukkenVanTraject>();
        }
        var traject = open.Traject;
        var stukken = await store.ListAsync(TrajectStore.PartitionKey(traject.Eigenaar), trajectId, ct).ConfigureAwait(false);
        var magPubliceren = AccessPolicy.Beslis(actor, Actie.DocumentPubliceren, traject, open.Peildatum) is Besluit.Toegestaan;
        var volgorde = stukken.Select(s => s.Stuk).OrderBy(s => s.Perceel ?? 0).ThenBy(s => s.Titel, StringComparer.CurrentCultureIgnoreCase).ToList();
        return new StukkenVanTraject(traject, volgorde, magPubliceren);
    }

    public async Task<Uitkomst<StukBestand>> OpenAsync(Actor actor, TrajectId trajectId, string stukId, int versie, CancellationToken ct)
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

    /// <summary>Publishes a new document with its first version, for the whole traject or (with <paramref name="perceel"/>) one perceel.</summary>
    public async Task<Uitkomst<Aanbestedingsstuk>> PubliceerAsync(Actor actor, TrajectId trajectId, string? titel, int? perceel, StukUpload upload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var toegang = await poort.OpenAsync(actor, trajectId, Actie.DocumentPubliceren, "document publiceren", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<Aanbestedingsstuk>();
        }
        var traject = open.Traject;
        var partitie = TrajectStore.PartitionKey(traject.Eigenaar);
        var bestaande = (await store.ListAsync(partitie, trajectId, ct).ConfigureAwait(false)).Select(s => s.Stuk).ToList();
        var fouten = Stukregels.ControleerNieuw(titel, perceel, traject, bestaande).ToList();
        var nieuw = new Aanbestedingsstuk(Stukregels.NieuwId(titel ?? "", bestaande.Select(s => s.Id)), titel?.Trim() ?? "", perceel, []);
        return await PlaatsAsync(actor, trajectId, partitie, nieuw, null, upload, fouten, ct).ConfigureAwait(false);
    }

    /// <summary>Publishes a new version of an existing document; the earlier versions stay as they are.</summary>
    public async Task<Uitkomst<Aanbestedingsstuk>> PubliceerVersieAsync(Actor actor, TrajectId trajectId, string stukId, StukUpload upload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var toegang = await poort.OpenAsync(actor, trajectId, Actie.DocumentPubliceren, $"versie van document {stukId} publiceren", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<Aanbestedingsstuk>();
        }
        var traject = open.Traject;
        var partitie = TrajectStore.PartitionKey(traject.Eigenaar);
        if (await store.GetAsync(partitie, trajectId, stukId, ct).ConfigureAwait(false) is not { } bestaand)
            return new Uitkomst<Aanbestedingsstuk>.NietGevonden();
        return await PlaatsAsync(actor, trajectId, partitie, bestaand.Stuk, bestaand.ETag, upload, [], ct).ConfigureAwait(false);
    }
}
