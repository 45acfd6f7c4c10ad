using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Regio.Platform.Rapportages;

/// <summary>The few styles the letter uses, defined in the document itself so it looks the same in every word processor.</summary>
internal static class Docxstijlen
{
    public static void AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" },
                    new FontSize { Val = "21" },
                    new Languages { Val = "nl-NL" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            Stijl("Normal", "Normal", null, isDefault: true),
            Stijl("Title", "Title", new StyleRunProperties(new Bold(), new FontSize { Val = "32" })),
            Stijl("Heading1", "heading 1", new StyleRunProperties(new Bold(), new FontSize { Val = "26" }), niveau: 0),
            Stijl("Veldnaam", "Veldnaam", new StyleRunProperties(new Bold())),
            Stijl("Concept", "Concept", new StyleRunProperties(new Bold(), new Caps(), new Color { Val = "B00020" })));
    }

    private static Style Stijl(string id, string naam, StyleRunProperties? run, bool isDefault = false, int? niveau = null)
    {
        var stijl = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        stijl.Append(new StyleName { Val = naam });
        if (!isDefault)
        {
            stijl.Append(new BasedOn { Val = "Normal" });
            stijl.Append(new NextParagraphStyle { Val = "Normal" });
        }
        if (niveau is { } n)
        {
            stijl.Append(new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = n }));
        }
        if (run is not null)
        {
            stijl.Append(run);
        }
        return stijl;
    }
}
