using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Regio.Domain.Trajecten.Gunningen;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>
/// Renders <see cref="Documentblok"/>s (a gunningsbrief, a proces-verbaal) as a Word document: real heading styles, tables
/// with a repeated header row, Dutch as the language, so a screen reader and the navigation pane work.
/// </summary>
public static class GunningDocx
{
    public static byte[] Maak(string titel, IReadOnlyList<Documentblok> blokken)
    {
        ArgumentNullException.ThrowIfNull(blokken);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = titel;
            document.PackageProperties.Language = "nl-NL";
            document.PackageProperties.Creator = "Regio";
            var main = document.AddMainDocumentPart();
            Stijlen(main);
            var body = new Body();
            foreach (var blok in blokken)
            {
                body.Append(blok switch
                {
                    Documentblok.Kop k => Alinea(k.Tekst, k.Niveau <= 1 ? "Title" : k.Niveau == 2 ? "Heading1" : "Heading2"),
                    Documentblok.Alinea a => Alinea(a.Tekst, null),
                    Documentblok.Tabel t => Tabel(t),
                    _ => throw new ArgumentOutOfRangeException(nameof(blokken)),
                });
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Table Tabel(Documentblok.Tabel tabel)
    {
        // The schema's order: top, left, bottom, right, then the inside lines.
        var rand = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        // A4 minus the margins is 9638 twips, shared equally by the columns.
        var breedte = (9638 / Math.Max(1, tabel.Kolommen.Count)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, rand),
            new TableGrid(tabel.Kolommen.Select(_ => new GridColumn { Width = breedte })));
        var kop = new TableRow(new TableRowProperties(new TableHeader()));
        kop.Append(tabel.Kolommen.Select(k => new TableCell(Alinea(k, "Veldnaam"))));
        result.Append(kop);
        foreach (var rij in tabel.Rijen)
        {
            result.Append(new TableRow(rij.Select(cel => new TableCell(Alinea(cel, null)))));
        }
        return result;
    }

    private static Paragraph Alinea(string tekst, string? stijl)
    {
        var alinea = new Paragraph();
        if (stijl is not null)
        {
            alinea.Append(new ParagraphProperties(new ParagraphStyleId { Val = stijl }));
        }
        alinea.Append(new Run(new Text(tekst) { Space = SpaceProcessingModeValues.Preserve }));
        return alinea;
    }

    private static void Stijlen(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }, new FontSize { Val = "20" }, new Languages { Val = "nl-NL" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "100", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            Stijl("Normal", "Normal", null, null),
            Stijl("Title", "Title", new StyleRunProperties(new Bold(), new FontSize { Val = "30" }), null),
            Stijl("Heading1", "heading 1", new StyleRunProperties(new Bold(), new FontSize { Val = "24" }), 0),
            Stijl("Heading2", "heading 2", new StyleRunProperties(new Bold(), new FontSize { Val = "21" }), 1),
            Stijl("Veldnaam", "Veldnaam", new StyleRunProperties(new Bold()), null));
    }

    private static Style Stijl(string id, string naam, StyleRunProperties? run, int? niveau)
    {
        var stijl = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? true : null };
        stijl.Append(new StyleName { Val = naam });
        if (id != "Normal")
        {
            stijl.Append(new BasedOn { Val = "Normal" });
            stijl.Append(new NextParagraphStyle { Val = "Normal" });
        }
        if (niveau is { } n)
        {
            stijl.Append(new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "100" }, new OutlineLevel { Val = n }));
        }
        if (run is not null)
        {
            stijl.Append(run);
        }
        return stijl;
    }
}
