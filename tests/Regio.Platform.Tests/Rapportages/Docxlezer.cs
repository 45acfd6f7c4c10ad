using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Regio.Platform.Tests.Rapportages;

/// <summary>A letter's DOCX as a reader sees it: each paragraph's style and text, and what the OpenXML schema finds wrong.</summary>
public static class Docxlezer
{
    public static IReadOnlyList<(string? Stijl, string Tekst)> Alineas(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText))];
    }

    public static IReadOnlyList<string> Schemafouten(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. new OpenXmlValidator().Validate(document).Select(f => $"{f.Path?.XPath}: {f.Description}")];
    }
}
