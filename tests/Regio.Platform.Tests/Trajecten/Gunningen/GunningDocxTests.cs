using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Trajecten.Gunningen;

namespace Regio.Platform.Tests.Trajecten.Gunningen;

public class GunningDocxTests
{
    private static Gunningsbrief Brief()
    {
        var criteria = new Gunningscriteria([new Criterium("K1", "Plan van aanpak", Criteriumsoort.Kwaliteit, 100, [])], [0, 5, 10]);
        var consensus = new[] { "a", "b" }.Select((i, n) => new Consensus(i, [new Score("K1", 10 - (5 * n), $"Motivering {i}")], DateTimeOffset.UnixEpoch, "inkoper")).ToList();
        var grondslag = new Gunningsgrondslag(criteria, consensus, Rangschikking.Bereken(criteria, consensus),
            new Dictionary<string, string> { ["a"] = "A (demo)", ["b"] = "B (demo)" }, [new("a", true, null), new("b", true, null)]);
        var besluit = new Gunningsbesluit(1, ["a"], null, null, "inkoper", DateTimeOffset.UnixEpoch);
        return Gunningsbrief.Stel(besluit, grondslag, new Briefkop("Gemeente Haarlem", "Opdracht (demo)", 1, "Perceel (demo)", new DateOnly(2026, 4, 7), new DateOnly(2026, 4, 28)))
            .Single(b => b.Ontvanger == "b");
    }

    [Fact]
    public void A_gunningsbrief_is_a_valid_Word_document_in_Dutch_with_its_headings_as_heading_styles()
    {
        var docx = GunningDocx.Maak("Gunningsbeslissing (demo)", Brief().Blokken);

        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var fouten = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(f => $"{f.Path?.XPath}: {f.Description}").ToList();
        Assert.True(fouten.Count == 0, string.Join("\n", fouten));
        Assert.Equal("nl-NL", document.PackageProperties.Language);
        var tekst = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("De opschortende termijn eindigt op dinsdag 28 april 2026.", tekst, StringComparison.Ordinal);
        Assert.Contains("Motivering a", tekst, StringComparison.Ordinal);
        Assert.Contains("Motivering b", tekst, StringComparison.Ordinal);
        var stijlen = document.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.ParagraphStyleId>().Select(s => s.Val?.Value).ToList();
        Assert.Contains("Title", stijlen);
        Assert.Contains("Heading1", stijlen);
    }
}
