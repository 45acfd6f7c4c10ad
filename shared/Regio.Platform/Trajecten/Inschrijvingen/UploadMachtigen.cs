using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using static Regio.Platform.Trajecten.Inschrijvingen.Inschrijvingswijziging;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>A short-lived grant to write one file straight into storage: PUT its blocks to <see cref="Uri"/>, then commit the block list.</summary>
public sealed record Uploadmachtiging(string UploadId, Uri Uri, DateTimeOffset VerlooptOp, long MaximumBytes);

/// <summary>
/// An aanbieder asks a grant to upload one file of a submission while the moment is open. Files never pass through the
/// app; the grant is recorded, so an upload that is never submitted is cleaned up (<see cref="UploadCleanupJob"/>).
/// </summary>
public sealed class UploadMachtigen(InschrijvingPoort poort, InschrijvingStore store, InschrijvingBlobs blobs, Uploadregister uploads, TimeProvider time)
{
    private static readonly TimeSpan Geldigheid = TimeSpan.FromHours(1);

    public async Task<Uitkomst<Uploadmachtiging>> GrantAsync(
        Actor actor, TrajectId id, int perceel, Momentsoort soort, string? document, string? bestandsnaam, long grootte, string? uploadId, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.Inschrijven, "uploadmachtiging vragen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Uploadmachtiging>();
        var nu = time.GetUtcNow();
        var moment = (await store.GetMomentAsync(id, perceel, soort, ct).ConfigureAwait(false))?.Waarde;
        if (Inschrijvingsregels.MagIndienen(moment, nu, Sluiting(moment)) is { } dicht)
            return dicht;
        var fouten = new Dictionary<string, string>();
        if (moment!.Documenten.FirstOrDefault(d => string.Equals(d, document?.Trim(), StringComparison.OrdinalIgnoreCase)) is null)
            fouten["document"] = $"Kies voor welk gevraagd document dit bestand is: {string.Join(", ", moment.Documenten)}.";
        if (grootte is <= 0 or > Inschrijvingsinvoer.MaximumBytes)
            fouten["grootte"] = "Een bestand moet groter zijn dan 0 bytes en hoogstens 200 MB.";
        if (uploadId is not null && !Inschrijvingsinvoer.IsUploadId(uploadId))
            fouten["uploadId"] = "Dit is geen uploadnummer dat het platform gaf. Laat het weg voor een nieuwe upload.";
        if (fouten.Count > 0)
            return new Uitkomst<Uploadmachtiging>.Ongeldig(fouten);
        var upload = uploadId ?? Guid.NewGuid().ToString("N");
        var verloopt = nu + Geldigheid < moment.Sluiting ? nu + Geldigheid : moment.Sluiting;
        var uri = await blobs.GetUploadUriAsync(InschrijvingBlobs.BlobNaam(id, perceel, soort, c.Als!.Sleutel, upload), nu, verloopt, ct).ConfigureAwait(false);
        await uploads.SaveAsync(new Uploadregistratie(id, perceel, soort, c.Als.Sleutel, upload, verloopt),
            Event(time, actor, $"Uploadmachtiging verstrekt ({Indienmoment.Naam(soort)})", Onderwerp(id, perceel, c.Als),
                null, Json.Write(new { document, bestandsnaam, grootte, upload, verloopt })), ct).ConfigureAwait(false);
        return new Uploadmachtiging(upload, uri, verloopt, Inschrijvingsinvoer.MaximumBytes);
    }
}
