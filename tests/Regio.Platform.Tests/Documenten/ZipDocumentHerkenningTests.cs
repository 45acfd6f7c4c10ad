using System.IO.Compression;
using Regio.Platform.Documenten;

namespace Regio.Platform.Tests.Documenten;

/// <summary>The ZIP-based kinds: what makes a ZIP an ODT, DOCX or XLSX, and what a hostile ZIP cannot make us do.</summary>
public class ZipDocumentHerkenningTests
{
    private const string DocxHoofd = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    [Fact]
    public async Task An_odt_whose_mimetype_is_compressed_is_refused() =>
        await DocumentHerkenningTests.WeigerAsync<DocumentWeigering.OnbekendeSoort>(
            Voorbeeldbestanden.Odt(mimetypeCompressie: CompressionLevel.Optimal));

    [Fact]
    public async Task An_ods_spreadsheet_is_refused_because_only_odt_is_accepted() =>
        await DocumentHerkenningTests.WeigerAsync<DocumentWeigering.OnbekendeSoort>(
            Voorbeeldbestanden.Odt("application/vnd.oasis.opendocument.spreadsheet"));

    [Fact]
    public async Task A_zip_that_only_declares_a_word_document_without_one_is_refused() =>
        await DocumentHerkenningTests.WeigerAsync<DocumentWeigering.OnbekendeSoort>(Voorbeeldbestanden.Zip(
            ("[Content_Types].xml", $"""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="{DocxHoofd}"/></Types>""", CompressionLevel.Optimal)));

    [Fact]
    public async Task A_docx_with_a_vba_project_is_refused_for_its_macros()
    {
        var metVba = Voorbeeldbestanden.Zip(
            ("[Content_Types].xml", $"""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/word/document.xml" ContentType="{DocxHoofd}"/></Types>""", CompressionLevel.Optimal),
            ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>", CompressionLevel.Optimal),
            ("word/vbaProject.bin", "macro", CompressionLevel.Optimal));

        await DocumentHerkenningTests.WeigerAsync<DocumentWeigering.MetMacros>(metVba);
    }

    [Fact]
    public async Task A_content_types_part_that_inflates_past_64_kB_is_refused_without_inflating_it()
    {
        var opgeblazen = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" + new string(' ', 8 * 1024 * 1024) + "</Types>";

        await DocumentHerkenningTests.WeigerAsync<DocumentWeigering.OnbekendeSoort>(
            Voorbeeldbestanden.Zip(("[Content_Types].xml", opgeblazen, CompressionLevel.SmallestSize)));
    }

    [Fact]
    public async Task A_docx_with_a_huge_extra_part_is_recognised_without_extracting_that_part()
    {
        var docx = Voorbeeldbestanden.MetExtraDeel(Voorbeeldbestanden.Docx(), "word/media/opvulling.bin", 64L * 1024 * 1024);
        Assert.True(docx.Length < 1024 * 1024, $"De testbom is {docx.Length} bytes; hij hoort klein te comprimeren.");

        var uitslag = await DocumentHerkenning.RecognizeAsync(new MemoryStream(docx), 10 * 1024 * 1024, TestContext.Current.CancellationToken);

        Assert.True(uitslag is DocumentUitslag.Geaccepteerd { Controle.Soort: Documentsoort.Docx }, $"Verwacht DOCX, kreeg {uitslag}.");
    }

    [Fact]
    public async Task A_docx_with_malformed_content_types_is_refused_as_damaged() =>
        await DocumentHerkenningTests.WeigerAsync<DocumentWeigering.Beschadigd>(Voorbeeldbestanden.Zip(
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default", CompressionLevel.Optimal)));
}
