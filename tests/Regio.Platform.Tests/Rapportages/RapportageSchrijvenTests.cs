using Regio.Domain.Rapportages;
using Regio.Platform.Audit;
using Regio.Platform.Rapportages;
using Regio.Platform.Storage;
using Regio.Tests;

namespace Regio.Platform.Tests.Rapportages;

public class RapportageSchrijvenTests(AzuriteFixture azurite) : RapportageTestBasis(azurite)
{
    private static RapportageInvoer Invoer(Rapportageteksten t, string kern) => new(t.Aanleiding, kern, t.Consequenties, t.Vervolg);

    [Fact]
    public async Task An_edit_with_a_stale_etag_is_refused_as_stale_and_changes_nothing()
    {
        var noor = await Als("regio-coordinator");
        var concept = await GenereerAsync("2022-01");
        var eerste = Gelukt(await Bewerken.SaveAsync(noor, ZkIjmond, "2022-01", Invoer(concept.Rapportage.Teksten, "Eerste bewerking."), concept.Versie, Ct));

        var uitkomst = await Bewerken.SaveAsync(noor, ZkIjmond, "2022-01", Invoer(concept.Rapportage.Teksten, "Tweede, op een oude versie."), concept.Versie, Ct);

        Assert.True(Assert.IsType<Uitkomst<RapportageVersie>.Conflict>(uitkomst).Verouderd);
        var gelezen = Gelukt(await Bekijken.GetAsync(noor, ZkIjmond, "2022-01", Ct));
        Assert.Equal(("Eerste bewerking.", 2, eerste.Versie), (gelezen.Rapportage.Teksten.Kernboodschap, gelezen.Rapportage.Versie, gelezen.Versie));
    }

    [Fact]
    public async Task A_finalised_letter_is_stored_as_docx_with_its_audit_trail_and_cannot_change_again()
    {
        var noor = await Als("regio-coordinator");
        var concept = await GenereerAsync("2022-01");
        var bewerkt = Gelukt(await Bewerken.SaveAsync(noor, ZkIjmond, "2022-01",
            Invoer(concept.Rapportage.Teksten, "De dialoog met de strategisch partners is goed begonnen (demo)."), concept.Versie, Ct));

        var definitief = Gelukt(await DefinitiefMaken.FinaliseAsync(noor, ZkIjmond, "2022-01", bewerkt.Versie, Ct));

        Assert.Equal((RapportageStatus.Definitief, noor.Naam), (definitief.Rapportage.Status, definitief.Rapportage.Definitief!.Wie));
        var document = Gelukt(await Downloaden.DownloadAsync(noor, ZkIjmond, "2022-01", Ct));
        Assert.Equal(definitief.Bestand!.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(document.Inhoud)));
        Assert.Contains(Docxlezer.Alineas(document.Inhoud), a => a.Tekst == "De dialoog met de strategisch partners is goed begonnen (demo).");
        Assert.Equal("raadsinformatiebrief-zk-ijmond-2022-01.docx", document.Bestandsnaam);

        var wijzigen = Assert.IsType<Uitkomst<RapportageVersie>.Conflict>(
            await Bewerken.SaveAsync(noor, ZkIjmond, "2022-01", Invoer(concept.Rapportage.Teksten, "Later."), definitief.Versie, Ct));
        var opnieuw = Assert.IsType<Uitkomst<RapportageVersie>.Conflict>(await DefinitiefMaken.FinaliseAsync(noor, ZkIjmond, "2022-01", definitief.Versie, Ct));
        Assert.Equal(("AlDefinitief", "AlDefinitief"), (wijzigen.Code, opnieuw.Code));
        var table = Storage.Clients.Table(Names.RapportagesTable);
        var acties = (await AuditLog.ReadPartitionAsync(table, "regio|zk-ijmond", Ct)).Select(e => (e.Actie, e.Onderwerp)).ToList();
        Assert.Equal([
            ("Concept van de raadsinformatiebrief over januari 2022 gegenereerd", "rapportage:zk-ijmond:2022-01"),
            ("Raadsinformatiebrief over januari 2022 gewijzigd", "rapportage:zk-ijmond:2022-01"),
            ("Raadsinformatiebrief over januari 2022 definitief gemaakt", "rapportage:zk-ijmond:2022-01"),
        ], acties);
        Assert.Null(await AuditControle.VerifyPartitionAsync(table, "regio|zk-ijmond", Ct));
    }

    [Fact]
    public async Task Finalising_a_version_someone_changed_meanwhile_is_refused_and_leaves_no_document_behind()
    {
        var noor = await Als("regio-coordinator");
        var concept = await GenereerAsync("2022-01");
        Gelukt(await Bewerken.SaveAsync(noor, ZkIjmond, "2022-01", Invoer(concept.Rapportage.Teksten, "Bewerkt door een collega."), concept.Versie, Ct));

        var uitkomst = await DefinitiefMaken.FinaliseAsync(noor, ZkIjmond, "2022-01", concept.Versie, Ct);

        Assert.True(Assert.IsType<Uitkomst<RapportageVersie>.Conflict>(uitkomst).Verouderd);
        Assert.Equal(RapportageStatus.Concept, Gelukt(await Bekijken.GetAsync(noor, ZkIjmond, "2022-01", Ct)).Rapportage.Status);
        var blobs = Storage.Clients.Container(Names.RapportagesContainer).GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = "zk-ijmond/" }, Ct);
        await foreach (var blob in blobs)
        {
            Assert.Fail($"Er bleef een document achter: {blob.Name}");
        }
    }

    [Fact]
    public async Task Generating_a_month_that_has_a_letter_is_refused_so_no_edit_is_thrown_away()
    {
        var noor = await Als("regio-coordinator");
        await GenereerAsync("2022-01");

        var uitkomst = await Genereren.GenerateAsync(noor, ZkIjmond, "2022-01", Ct);

        Assert.Equal("BestaatAl", Assert.IsType<Uitkomst<RapportageVersie>.Conflict>(uitkomst).Code);
    }

    [Fact]
    public async Task Gemeente_staff_cannot_write_letters_and_read_only_final_ones_others_learn_nothing()
    {
        var noor = await Als("regio-coordinator");
        var velsen = await Als("velsen-inkoper");
        var aanbieder = await Als("jeugdzorg-tekenbevoegde");
        var beheerder = await Als("platform-beheerder");
        var concept = await GenereerAsync("2022-01");
        await GenereerAsync("2022-02");
        Gelukt(await DefinitiefMaken.FinaliseAsync(noor, ZkIjmond, "2022-01", concept.Versie, Ct));

        Assert.IsType<Uitkomst<RapportageVersie>.Geweigerd>(await Genereren.GenerateAsync(velsen, ZkIjmond, "2022-03", Ct));
        Assert.Equal(["2022-01"], Gelukt(await Bekijken.ListAsync(velsen, ZkIjmond, Ct)).Rapportages.Select(v => v.Rapportage.Maand.ToString()));
        Assert.IsType<Uitkomst<RapportageVersie>.NietGevonden>(await Bekijken.GetAsync(velsen, ZkIjmond, "2022-02", Ct));
        Assert.IsType<Uitkomst<RapportageDocument>.NietGevonden>(await Downloaden.DownloadAsync(velsen, ZkIjmond, "2022-02", Ct));
        Assert.NotEmpty(Gelukt(await Downloaden.DownloadAsync(velsen, ZkIjmond, "2022-01", Ct)).Inhoud);
        foreach (var buitenstaander in new[] { aanbieder, beheerder })
        {
            Assert.IsType<Uitkomst<Rapportagelijst>.NietGevonden>(await Bekijken.ListAsync(buitenstaander, ZkIjmond, Ct));
            Assert.IsType<Uitkomst<RapportageVersie>.NietGevonden>(await Genereren.GenerateAsync(buitenstaander, ZkIjmond, "2022-03", Ct));
            Assert.IsType<Uitkomst<RapportageVersie>.NietGevonden>(await Bekijken.GetAsync(buitenstaander, ZkIjmond, "2022-01", Ct));
        }
        Assert.IsType<Uitkomst<Rapportagelijst>.NietGevonden>(await Bekijken.ListAsync(noor, new Domain.Regios.RegioId("andere-regio"), Ct));
    }

    [Fact]
    public async Task A_month_not_begun_or_badly_written_is_refused_on_the_month_and_nothing_is_stored()
    {
        var noor = await Als("regio-coordinator");

        var toekomst = await Genereren.GenerateAsync(noor, ZkIjmond, "2026-12", Ct);
        var onzin = await Genereren.GenerateAsync(noor, ZkIjmond, "december", Ct);

        Assert.Contains("December 2026 is nog niet begonnen", Assert.IsType<Uitkomst<RapportageVersie>.Ongeldig>(toekomst).Fouten["maand"], StringComparison.Ordinal);
        Assert.True(Assert.IsType<Uitkomst<RapportageVersie>.Ongeldig>(onzin).Fouten.ContainsKey("maand"));
        Assert.Empty(Gelukt(await Bekijken.ListAsync(noor, ZkIjmond, Ct)).Rapportages);
    }

    [Fact]
    public async Task The_docx_is_valid_openxml_with_the_header_table_and_the_four_headings_in_order_and_a_concept_says_so()
    {
        var noor = await Als("regio-coordinator");
        await GenereerAsync("2022-01");

        var document = Gelukt(await Downloaden.DownloadAsync(noor, ZkIjmond, "2022-01", Ct));

        Assert.Empty(Docxlezer.Schemafouten(document.Inhoud));
        var alineas = Docxlezer.Alineas(document.Inhoud);
        Assert.Equal(["Aanleiding", "Kernboodschap", "Consequenties", "Vervolg"], alineas.Where(a => a.Stijl == "Heading1").Select(a => a.Tekst));
        Assert.Equal(RapportageDocx.ConceptMarkering, alineas[0].Tekst);
        Assert.Contains(alineas, a => a.Stijl == "Veldnaam" && a.Tekst == "Onderwerp");
        Assert.Contains(alineas, a => a.Tekst == "Raadsinformatiebrief januari 2022: voortgang van de regionale verwerving");
        Assert.Contains(alineas, a => a.Tekst.StartsWith("De gemeenteraden van Haarlem, Zandvoort", StringComparison.Ordinal));
        Assert.Equal("raadsinformatiebrief-zk-ijmond-2022-01-concept.docx", document.Bestandsnaam);
    }
}
