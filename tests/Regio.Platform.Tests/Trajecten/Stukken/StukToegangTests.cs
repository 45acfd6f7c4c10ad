using Azure.Storage.Blobs.Models;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Stukken;
using Regio.Platform.Storage;
using Regio.Platform.Tests.Documenten;
using Regio.Platform.Trajecten.Stukken;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten.Stukken;

public class StukToegangTests(AzuriteFixture azurite) : StukkenTestBasis(azurite)
{
    [Fact]
    public async Task Velsens_inkoper_gets_NietGevonden_for_the_documents_of_Haarlems_unpublished_traject()
    {
        var (anna, id) = await NieuwTrajectAsync("stukken-geheim");
        var stuk = Gelukt(await Publicatie.PublishAsync(anna, id, "Concept bestek", null, Bestand(Voorbeeldbestanden.Pdf(), "concept.pdf"), Ct));
        var velsen = await Als("velsen-inkoper");

        Assert.IsType<Uitkomst<StukkenVanTraject>.NietGevonden>(await Stukken.ListAsync(velsen, id, Ct));
        Assert.IsType<Uitkomst<StukBestand>.NietGevonden>(await Lezen.GetAsync(velsen, id, stuk.Id, 1, Ct));
        Assert.IsType<Uitkomst<Aanbestedingsstuk>.NietGevonden>(
            await Publicatie.PublishVersionAsync(velsen, id, stuk.Id, Bestand(Voorbeeldbestanden.Pdf(), "lek.pdf"), Ct));
        Assert.IsType<Uitkomst<Aanbestedingsstuk>.NietGevonden>(
            await Publicatie.PublishAsync(velsen, id, "Lek", null, Bestand(Voorbeeldbestanden.Pdf(), "lek.pdf"), Ct));
        Assert.Equal([$"{id}/{stuk.Id}/v001"], await BlobsAsync(id));
    }

    [Fact]
    public async Task Haarlems_lezer_reads_the_documents_but_may_not_publish()
    {
        var (anna, id) = await NieuwTrajectAsync("stukken-lezer");
        var stuk = Gelukt(await Publicatie.PublishAsync(anna, id, "Bestek", null, Bestand(Voorbeeldbestanden.Pdf(), "bestek.pdf"), Ct));
        var lezer = await Als("haarlem-lezer");

        var lijst = Gelukt(await Stukken.ListAsync(lezer, id, Ct));
        var poging = await Publicatie.PublishVersionAsync(lezer, id, stuk.Id, Bestand(Voorbeeldbestanden.Pdf(), "bestek.pdf"), Ct);

        Assert.False(lijst.MagPubliceren);
        Assert.Single(lijst.Stukken);
        Assert.Contains("inkoper", Assert.IsType<Uitkomst<Aanbestedingsstuk>.Geweigerd>(poging).Reden, StringComparison.Ordinal);
        Assert.Single(Gelukt(await Stukken.ListAsync(lezer, id, Ct)).Stukken.Single().Versies);
    }

    [Fact]
    public async Task A_blob_already_at_the_next_version_is_never_overwritten_and_the_publication_is_a_conflict()
    {
        var (anna, id) = await NieuwTrajectAsync("stukken-race");
        var stuk = Gelukt(await Publicatie.PublishAsync(anna, id, "Bestek", null, Bestand(Voorbeeldbestanden.Pdf(), "bestek.pdf"), Ct));
        // What a second publication, still busy writing its row, has put at version 2.
        var anders = "ander bestand"u8.ToArray();
        var blob = Storage.Clients.Container(Names.PublicatiesContainer).GetBlobClient(StukStore.BlobNaam(id, stuk.Id, 2));
        await blob.UploadAsync(new BinaryData(anders), new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { ["geplaatstop"] = Storage.Time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture) },
        }, Ct);

        var uitkomst = await Publicatie.PublishVersionAsync(anna, id, stuk.Id, Bestand(Voorbeeldbestanden.Docx(), "bestek.docx"), Ct);

        Assert.IsType<Uitkomst<Aanbestedingsstuk>.Conflict>(uitkomst);
        Assert.Equal(anders, (await blob.DownloadContentAsync(Ct)).Value.Content.ToArray());
        Assert.Single(Gelukt(await Stukken.ListAsync(anna, id, Ct)).Stukken.Single().Versies);

        // A quarter of an hour later nobody is still writing it: it was left behind, and the next publication clears it.
        Storage.Time.Advance(TimeSpan.FromMinutes(16));
        var docx = Voorbeeldbestanden.Docx();
        var later = Gelukt(await Publicatie.PublishVersionAsync(anna, id, stuk.Id, Bestand(docx, "bestek.docx"), Ct));
        Assert.Equal(2, later.Laatste.Nummer);
        Assert.Equal(docx, await ReadAsync(anna, id, stuk.Id, 2));
    }
}
