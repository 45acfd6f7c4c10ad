using System.Security.Cryptography;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Stukken;
using Regio.Platform.Audit;
using Regio.Platform.Documenten;
using Regio.Platform.Storage;
using Regio.Platform.Tests.Documenten;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten.Stukken;

public class StukPublicerenTests(AzuriteFixture azurite) : StukkenTestBasis(azurite)
{
    [Fact]
    public async Task Publishing_a_second_version_keeps_the_first_byte_for_byte_and_both_are_listed()
    {
        var (anna, id) = await NieuwTrajectAsync("stukken-versies");
        var pdf = Voorbeeldbestanden.Pdf();
        var docx = Voorbeeldbestanden.Docx();

        var eerste = Gelukt(await Publicatie.PublishAsync(anna, id, "Beschrijvend document", 2, Bestand(pdf, "beschrijvend.pdf"), Ct));
        var tweede = Gelukt(await Publicatie.PublishVersionAsync(anna, id, eerste.Id, Bestand(docx, "beschrijvend v2.docx", "Planning aangepast"), Ct));

        var lijst = Gelukt(await Stukken.ListAsync(anna, id, Ct));
        var stuk = Assert.Single(lijst.Stukken);
        Assert.Equal(("beschrijvend-document", 2), (stuk.Id, stuk.Perceel));
        Assert.Equal([1, 2], stuk.Versies.Select(v => v.Nummer));
        Assert.Equal(2, tweede.Laatste.Nummer);
        Assert.Equal(pdf, await ReadAsync(anna, id, stuk.Id, 1));
        Assert.Equal(docx, await ReadAsync(anna, id, stuk.Id, 2));
        var (v1, v2) = (stuk.Versie(1)!, stuk.Versie(2)!);
        Assert.Equal((Convert.ToHexStringLower(SHA256.HashData(pdf)), pdf.Length, "Pdf", "beschrijvend.pdf"), (v1.Sha256, v1.Grootte, v1.Soort, v1.Bestandsnaam));
        Assert.Equal(("Docx", "Planning aangepast", "Anna de Vries (demo)"), (v2.Soort, v2.Toelichting, v2.GepubliceerdDoor));
        Assert.Equal("application/pdf", Gelukt(await Lezen.GetAsync(anna, id, stuk.Id, 1, Ct)).ContentType);
        Assert.Equal([$"{id}/{stuk.Id}/v001", $"{id}/{stuk.Id}/v002"], await BlobsAsync(id));
    }

    [Fact]
    public async Task A_file_named_pdf_whose_content_is_not_a_pdf_is_refused_and_nothing_is_stored()
    {
        var (anna, id) = await NieuwTrajectAsync("stukken-nep-pdf");
        var auditVoor = await AuditAsync();

        var uitkomst = await Publicatie.PublishAsync(anna, id, "Prijsblad", null, Bestand("<html>geen pdf</html>"u8.ToArray(), "prijsblad.pdf"), Ct);

        var ongeldig = Assert.IsType<Uitkomst<Aanbestedingsstuk>.Ongeldig>(uitkomst);
        Assert.Equal(new DocumentWeigering.OnbekendeSoort().Melding, ongeldig.Fouten["bestand"]);
        Assert.Empty(await BlobsAsync(id));
        Assert.Empty(Gelukt(await Stukken.ListAsync(anna, id, Ct)).Stukken);
        Assert.Equal(auditVoor.Count, (await AuditAsync()).Count);
    }

    [Fact]
    public async Task The_audit_chain_verifies_after_publishing_and_records_each_publication_on_the_traject()
    {
        var (anna, id) = await NieuwTrajectAsync("stukken-audit");
        var stuk = Gelukt(await Publicatie.PublishAsync(anna, id, "Selectieleidraad", null, Bestand(Voorbeeldbestanden.Odt(), "leidraad.odt"), Ct));
        Gelukt(await Publicatie.PublishVersionAsync(anna, id, stuk.Id, Bestand(Voorbeeldbestanden.Pdf(), "leidraad.pdf"), Ct));

        var breuk = await AuditControle.VerifyPartitionAsync(Storage.Clients.Table(Names.TrajectenTable), HaarlemPartitie, Ct);

        Assert.Null(breuk);
        var acties = (await AuditAsync()).Where(e => e.Onderwerp == $"traject:{id}").Select(e => e.Actie).ToList();
        Assert.Equal(["Traject aangemaakt", "Document gepubliceerd", "Nieuwe versie van document gepubliceerd"], acties);
    }

    [Fact]
    public async Task A_stream_that_can_only_be_read_forward_is_published_whole()
    {
        var (anna, id) = await NieuwTrajectAsync("stukken-vooruit");
        var xlsx = Voorbeeldbestanden.Xlsx();

        var stuk = Gelukt(await Publicatie.PublishAsync(anna, id, "Prijsblad", 1, new(null, new AlleenVooruitStream(xlsx)), Ct));

        Assert.Equal(("Xlsx", "document.xlsx"), (stuk.Laatste.Soort, stuk.Laatste.Bestandsnaam));
        Assert.Equal(xlsx, await ReadAsync(anna, id, stuk.Id, 1));
    }

    [Fact]
    public async Task A_title_already_used_for_the_same_perceel_and_an_unknown_perceel_are_refused_by_name()
    {
        var (anna, id) = await NieuwTrajectAsync("stukken-regels");
        Gelukt(await Publicatie.PublishAsync(anna, id, "Prijsblad", 1, Bestand(Voorbeeldbestanden.Xlsx(), "p.xlsx"), Ct));

        var dubbel = await Publicatie.PublishAsync(anna, id, " prijsblad ", 1, Bestand(Voorbeeldbestanden.Xlsx(), "p.xlsx"), Ct);
        var onbekend = await Publicatie.PublishAsync(anna, id, "Bijlage", 7, Bestand(Voorbeeldbestanden.Pdf(), "b.pdf"), Ct);
        var anderPerceel = Gelukt(await Publicatie.PublishAsync(anna, id, "Prijsblad", 2, Bestand(Voorbeeldbestanden.Xlsx(), "p.xlsx"), Ct));

        Assert.Equal(new StukWeigering.TitelBestaat("Prijsblad").Melding, Assert.IsType<Uitkomst<Aanbestedingsstuk>.Ongeldig>(dubbel).Fouten["titel"]);
        Assert.Equal(new StukWeigering.OnbekendPerceel(7, [1, 2]).Melding, Assert.IsType<Uitkomst<Aanbestedingsstuk>.Ongeldig>(onbekend).Fouten["perceel"]);
        Assert.Equal("prijsblad-2", anderPerceel.Id);
    }
}
