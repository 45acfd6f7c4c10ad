using System.Security.Cryptography;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging.Abstractions;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Aanbieders;
using Regio.Platform.Regiostatus;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;
using Regio.Platform.Trajecten.Beoordelingen;
using Regio.Platform.Trajecten.Inschrijvingen;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten.Inschrijvingen;

/// <summary>
/// Sealed submissions through the use cases, with uploads written as the browser writes them: blocks staged with the
/// grant's SAS, then committed. Azurite checks a SAS against the real clock, so the test's clock starts at the real now.
/// </summary>
public abstract class InschrijvingTestBasis(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    protected const string Document = "UEA";

    private InschrijvingStore Store => new(Storage.Clients);

    private InschrijvingPoort Poort => new(Storage.TrajectPoort, new Inschrijvers(new AanmeldingStore(Storage.Clients)), new BeoordelingStore(Storage.Clients));

    private Statusprojectie Status => new(Storage.Clients, Storage.Trajecten, Store, NullLogger<Statusprojectie>.Instance);

    protected Momentvaststelling Vaststelling => new(Poort, Store, Status, Storage.Time);

    protected UploadMachtigen Machtigen => new(Poort, Store, new InschrijvingBlobs(Storage.Clients), new Uploadregister(Storage.Clients), Storage.Time);

    protected InschrijvingIndienen Indienen => new(Poort, Store, new InschrijvingBlobs(Storage.Clients), new Uploadregister(Storage.Clients), Status, Storage.Time);

    protected InschrijvingIntrekken Intrekken => new(Poort, Store, Status, Storage.Time);

    protected OntvangstbevestigingLezen Bewijzen => new(Poort, Store);

    /// <summary>A published traject of Haarlem whose perceel 1 takes final offers (one document, UEA) for ten more days.</summary>
    protected async Task<TrajectId> OpenMomentAsync(string trajectId)
    {
        Storage.Time.SetUtcNow(DateTimeOffset.UtcNow);
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal(trajectId, "Dagbesteding volwassenen"), Ct));
        versie = Gelukt(await Dossier.SaveAsync(anna, versie.Traject.Id, 1, new Feit.AankondigingGepubliceerd(versie.Peildatum), versie.Versie, Ct));
        versie = Gelukt(await Fasewijziging.ChangeAsync(anna, versie.Traject.Id, 1, Fase.Aangekondigd, versie.Versie, Ct));
        Gelukt(await Vaststelling.SaveAsync(anna, versie.Traject.Id, 1, Momentsoort.Inschrijving, [Document], Storage.Time.GetUtcNow().AddDays(10), null, Ct));
        return versie.Traject.Id;
    }

    /// <summary>Asks a grant and writes <paramref name="inhoud"/> with its SAS; without <paramref name="committen"/> the blocks stay staged, as when a browser is closed mid-upload.</summary>
    protected async Task<Uploadmachtiging> UploadAsync(Actor aanbieder, TrajectId id, byte[] inhoud, bool committen = true)
    {
        var machtiging = Gelukt(await Machtigen.GrantAsync(aanbieder, id, 1, Momentsoort.Inschrijving, Document, "uea.pdf", inhoud.Length, null, Ct));
        var blob = new BlockBlobClient(machtiging.Uri);
        var blok = Convert.ToBase64String("blok-000000"u8);
        using (var stream = new MemoryStream(inhoud, writable: false))
            await blob.StageBlockAsync(blok, stream, cancellationToken: Ct);
        if (committen)
            await blob.CommitBlockListAsync([blok], cancellationToken: Ct);
        return machtiging;
    }

    protected async Task<Ontvangstbevestiging> DienInAsync(Actor aanbieder, TrajectId id, Uploadmachtiging upload, byte[] inhoud) =>
        Gelukt(await Indienen.SubmitAsync(aanbieder, id, 1, Momentsoort.Inschrijving, [Bestand(upload, inhoud)], Ct));

    protected static InTeDienenBestand Bestand(Uploadmachtiging upload, byte[] inhoud) =>
        new(Document, upload.UploadId, "uea.pdf", inhoud.Length, Convert.ToHexStringLower(SHA256.HashData(inhoud)));

    /// <summary>
    /// Every blob in the inschrijvingen container, committed or not, by name. A blob of staged blocks only is not in an
    /// ordinary listing; <see cref="BlobStates.Uncommitted"/> shows it.
    /// </summary>
    protected async Task<IReadOnlyList<string>> BlobsAsync()
    {
        var namen = new List<string>();
        await foreach (var blob in Storage.Clients.Container(Names.InschrijvingenContainer).GetBlobsAsync(BlobTraits.None, BlobStates.Uncommitted, prefix: null, Ct))
            namen.Add(blob.Name);
        return namen;
    }

    protected static string UploadId(string blobNaam) => blobNaam[(blobNaam.LastIndexOf('/') + 1)..];
}
