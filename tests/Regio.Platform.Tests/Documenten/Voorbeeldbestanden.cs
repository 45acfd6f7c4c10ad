using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Regio.Platform.Tests.Documenten;

/// <summary>Real files, built the way the programs that make them do, so the tests check content and not a fixture's idea of it.</summary>
internal static class Voorbeeldbestanden
{
    public const string OdtMimetype = "application/vnd.oasis.opendocument.text";

    /// <summary>A one-page PDF with a correct xref table, written by hand.</summary>
    public static byte[] Pdf()
    {
        var pdf = new StringBuilder("%PDF-1.7\n");
        var objecten = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        };
        var posities = new List<int>();
        for (var i = 0; i < objecten.Length; i++)
        {
            posities.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objecten[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objecten.Length + 1}\n0000000000 65535 f \n");
        foreach (var positie in posities)
            pdf.Append(CultureInfo.InvariantCulture, $"{positie:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objecten.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    public static byte[] Docx(WordprocessingDocumentType soort = WordprocessingDocumentType.Document)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, soort))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text("Beschrijvend document")))));
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx(SpreadsheetDocumentType soort = SpreadsheetDocumentType.Workbook)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, soort))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var werkblad = workbook.AddNewPart<WorksheetPart>();
            werkblad.Worksheet = new Worksheet(new SheetData());
            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(werkblad),
                SheetId = 1,
                Name = "Prijsblad",
            }));
        }
        return stream.ToArray();
    }

    /// <summary>An ODT as LibreOffice writes it: "mimetype" first and stored, then the rest compressed.</summary>
    public static byte[] Odt(string mimetype = OdtMimetype, CompressionLevel mimetypeCompressie = CompressionLevel.NoCompression) =>
        Zip(
            ("mimetype", mimetype, mimetypeCompressie),
            ("content.xml", """<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"/>""", CompressionLevel.Optimal),
            ("META-INF/manifest.xml", """<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>""", CompressionLevel.Optimal));

    public static byte[] Zip(params (string Naam, string Inhoud, CompressionLevel Compressie)[] delen)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (naam, inhoud, compressie) in delen)
            {
                using var schrijver = new StreamWriter(zip.CreateEntry(naam, compressie).Open(), new UTF8Encoding(false));
                schrijver.Write(inhoud);
            }
        }
        return stream.ToArray();
    }

    /// <summary>Adds a part to an existing package, e.g. a huge padding part or a VBA project.</summary>
    public static byte[] MetExtraDeel(byte[] zip, string naam, long lengte, byte vulling = 0)
    {
        using var stream = new MemoryStream();
        stream.Write(zip);
        using (var archief = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var deel = archief.CreateEntry(naam, CompressionLevel.SmallestSize).Open();
            var blok = Enumerable.Repeat(vulling, 1 << 20).ToArray();
            for (long geschreven = 0; geschreven < lengte; geschreven += blok.Length)
                deel.Write(blok, 0, (int)Math.Min(blok.Length, lengte - geschreven));
        }
        return stream.ToArray();
    }

    /// <summary>The header of a Compound File, the container Office puts a password-protected DOCX or XLSX in.</summary>
    public static byte[] CompoundFile()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        return bytes;
    }

    public static byte[] WillekeurigeBytes(int lengte)
    {
        var bytes = new byte[lengte];
        new Random(2026).NextBytes(bytes);
        return bytes;
    }
}
