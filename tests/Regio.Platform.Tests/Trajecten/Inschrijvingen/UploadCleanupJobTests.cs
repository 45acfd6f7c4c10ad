using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging.Abstractions;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Storage;
using Regio.Platform.Tests.Documenten;
using Regio.Platform.Trajecten.Inschrijvingen;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten.Inschrijvingen;

/// <summary>Uploads that were never submitted go a day after their grant expired; what a receipt names stays forever.</summary>
public class UploadCleanupJobTests(AzuriteFixture azurite) : InschrijvingTestBasis(azurite)
{
    private static readonly byte[] Pdf = Voorbeeldbestanden.Pdf();

    private UploadCleanupJob Job => new(new Uploadregister(Storage.Clients), new InschrijvingStore(Storage.Clients), new InschrijvingBlobs(Storage.Clients),
        Storage.Trajecten, Storage.Time, NullLogger<UploadCleanupJob>.Instance);

    /// <summary>One committed upload and one of staged blocks only, neither submitted; the latest grant's expiry.</summary>
    private async Task<DateTimeOffset> TweeNietIngediendeUploadsAsync(string trajectId)
    {
        var id = await OpenMomentAsync(trajectId);
        var petra = await Als("jeugdzorg-tekenbevoegde");
        await UploadAsync(petra, id, Pdf);
        var laatste = await UploadAsync(petra, id, Pdf, committen: false);
        Assert.Equal(2, (await BlobsAsync()).Count);
        return laatste.VerlooptOp;
    }

    [Fact]
    public async Task Uploads_that_were_never_submitted_are_still_there_23_hours_after_their_grant_expired()
    {
        var verlopen = await TweeNietIngediendeUploadsAsync("opruimen-nog-niet");

        Storage.Time.SetUtcNow(verlopen.AddHours(23));
        var uitkomst = await Job.RunAsync(Ct);

        Assert.True((await BlobsAsync()).Count == 2, $"Binnen een dag na het verlopen van de machtiging is er iets verwijderd: {uitkomst.Samenvatting}");
    }

    [Fact]
    public async Task A_day_after_the_grant_expired_a_never_submitted_upload_and_one_of_staged_blocks_only_are_removed_blocks_and_all()
    {
        var verlopen = await TweeNietIngediendeUploadsAsync("opruimen-na-een-dag");
        var container = Storage.Clients.Container(Names.InschrijvingenContainer);
        var gestaged = (await BlobsAsync()).Single(naam => !container.GetBlobClient(naam).Exists(Ct).Value);

        Storage.Time.SetUtcNow(verlopen.AddDays(1).AddMinutes(1));
        var uitkomst = await Job.RunAsync(Ct);

        Assert.Empty(await BlobsAsync());
        var blokken = await Assert.ThrowsAsync<RequestFailedException>(() => container.GetBlockBlobClient(gestaged).GetBlockListAsync(BlockListTypes.All, cancellationToken: Ct));
        Assert.True(blokken.Status == 404, $"De gestagede blokken van de nooit gecommitte upload zijn er nog (status {blokken.Status}).");
        Assert.StartsWith("2 niet ingediende uploads verwijderd (", uitkomst.Samenvatting, StringComparison.Ordinal);
        Assert.EndsWith("; 0 ingediende documenten ongemoeid gelaten.", uitkomst.Samenvatting, StringComparison.Ordinal);
        Assert.All(uitkomst.Bijzonderheden, b => Assert.StartsWith("Traject ‘Dagbesteding Haarlem’ (opruimen-na-een-dag), perceel 1 ‘Dagbesteding volwassenen’, inschrijving:", b, StringComparison.Ordinal));
        Assert.DoesNotContain(uitkomst.Bijzonderheden, b => b.Contains(UploadId(gestaged), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submitted_documents_of_every_version_replaced_and_withdrawn_ones_included_are_never_removed_also_long_after()
    {
        var id = await OpenMomentAsync("opruimen-ingediend");
        var petra = await Als("jeugdzorg-tekenbevoegde");
        var eerste = await UploadAsync(petra, id, Pdf);
        var bewijs = await DienInAsync(petra, id, eerste, Pdf);
        var tweede = await UploadAsync(petra, id, Pdf);
        await DienInAsync(petra, id, tweede, Pdf);
        Gelukt(await Intrekken.WithdrawAsync(petra, id, 1, Momentsoort.Inschrijving, Ct));
        var voor = await BlobsAsync();

        Storage.Time.SetUtcNow(tweede.VerlooptOp.AddDays(400));
        var uitkomst = await Job.RunAsync(Ct);

        Assert.True(voor.Count == 2 && (await BlobsAsync()).SequenceEqual(voor), $"Een ingediend document is verwijderd: {uitkomst.Samenvatting}");
        Assert.Equal("0 niet ingediende uploads verwijderd (0 bytes); 2 ingediende documenten ongemoeid gelaten.", uitkomst.Samenvatting);
        Gelukt(await Bewijzen.GetAsync(petra, id, 1, Momentsoort.Inschrijving, bewijs.BewijsId, Ct));
    }

    [Fact]
    public async Task A_second_run_changes_nothing()
    {
        var verlopen = await TweeNietIngediendeUploadsAsync("opruimen-tweemaal");
        Storage.Time.SetUtcNow(verlopen.AddDays(2));
        await Job.RunAsync(Ct);
        var na = (Rijen: await Storage.SnapshotAsync(), Blobs: await BlobsAsync());

        var tweede = await Job.RunAsync(Ct);

        Assert.Equal(na.Rijen, await Storage.SnapshotAsync());
        Assert.Equal(na.Blobs, await BlobsAsync());
        Assert.Equal("Niets op te ruimen: sinds de vorige keer is geen uploadmachtiging meer dan een dag verlopen.", tweede.Samenvatting);
    }

    [Fact]
    public async Task An_upload_granted_again_stays_until_a_day_after_the_later_grant_expired()
    {
        var id = await OpenMomentAsync("opruimen-opnieuw-gemachtigd");
        var petra = await Als("jeugdzorg-tekenbevoegde");
        var eerste = await UploadAsync(petra, id, Pdf);
        Storage.Time.Advance(TimeSpan.FromMinutes(50));
        var opnieuw = Gelukt(await Machtigen.GrantAsync(petra, id, 1, Momentsoort.Inschrijving, Document, "uea.pdf", Pdf.Length, eerste.UploadId, Ct));

        Storage.Time.SetUtcNow(eerste.VerlooptOp.AddDays(1).AddMinutes(1));
        await Job.RunAsync(Ct);
        var naEersteVerloop = (await BlobsAsync()).Count;
        Storage.Time.SetUtcNow(opnieuw.VerlooptOp.AddDays(1).AddMinutes(1));
        await Job.RunAsync(Ct);

        Assert.True(naEersteVerloop == 1, "De upload is verwijderd terwijl een latere machtiging voor hetzelfde bestand nog geen dag verlopen was.");
        Assert.Empty(await BlobsAsync());
    }

    [Fact]
    public async Task An_upload_that_was_cleaned_up_cannot_be_submitted_and_the_aanbieder_is_told_to_upload_it_again()
    {
        var id = await OpenMomentAsync("opruimen-te-laat-ingediend");
        var petra = await Als("jeugdzorg-tekenbevoegde");
        var upload = await UploadAsync(petra, id, Pdf);
        Storage.Time.SetUtcNow(upload.VerlooptOp.AddDays(1).AddMinutes(1));
        await Job.RunAsync(Ct);

        var uitkomst = await Indienen.SubmitAsync(petra, id, 1, Momentsoort.Inschrijving, [Bestand(upload, Pdf)], Ct);

        var fout = Assert.IsType<Uitkomst<Ontvangstbevestiging>.Ongeldig>(uitkomst).Fouten["bestanden"];
        Assert.Contains("daarom opgeruimd", fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_between_the_cleanups_read_and_its_mark_wins_and_the_cleanup_backs_off()
    {
        var id = await OpenMomentAsync("opruimen-tegelijk-ingediend");
        var petra = await Als("jeugdzorg-tekenbevoegde");
        var upload = await UploadAsync(petra, id, Pdf);
        var register = new Uploadregister(Storage.Clients);
        var gelezen = await register.GetAsync(id, 1, Momentsoort.Inschrijving, "aanbieder|demo-jeugdzorg-kennemerland", upload.UploadId, Ct);
        await DienInAsync(petra, id, upload, Pdf);

        var gemarkeerd = await register.MarkOpgeruimdAsync(gelezen!, Storage.Time.GetUtcNow(), Pdf.Length,
            new Regio.Platform.Audit.AuditEvent(Storage.Time.GetUtcNow(), "systeem:test", "Uploadmachtiging verlopen: test", "test", null, null), Ct);

        Assert.False(gemarkeerd, "De opruiming markeerde een upload als opgeruimd terwijl er intussen mee was ingediend.");
    }

    [Fact]
    public async Task A_grant_under_which_nothing_was_uploaded_is_closed_and_counted_apart()
    {
        var id = await OpenMomentAsync("opruimen-zonder-bestand");
        var petra = await Als("jeugdzorg-tekenbevoegde");
        var machtiging = Gelukt(await Machtigen.GrantAsync(petra, id, 1, Momentsoort.Inschrijving, Document, "uea.pdf", Pdf.Length, null, Ct));

        Storage.Time.SetUtcNow(machtiging.VerlooptOp.AddDays(1).AddMinutes(1));
        var uitkomst = await Job.RunAsync(Ct);

        Assert.Equal("0 niet ingediende uploads verwijderd (0 bytes); 0 ingediende documenten ongemoeid gelaten. 1 verlopen machtiging zonder bestand afgesloten.", uitkomst.Samenvatting);
    }

    [Fact]
    public void The_job_runs_every_night_under_a_stable_name()
    {
        var job = Job;

        Assert.Equal(("upload-opruiming", "0 30 2 * * *"), (job.Name, job.Schedule));
    }
}
