using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Regio.Domain.Rapportages;

namespace Regio.Platform.Rapportages;

/// <summary>
/// The letter as a Word document in the seed letter's form: a table of header fields (onderwerp, nummer, datum ...),
/// then the headings Aanleiding, Kernboodschap, Consequenties and Vervolg, each line of a part its own paragraph.
/// Headings are real heading styles and the language is Dutch, so a screen reader and the navigation pane work.
/// A concept says so in its title, its header fields and its file name.
/// </summary>
public static class RapportageDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string ConceptMarkering = "CONCEPT – nog niet definitief";

    public static string Bestandsnaam(Rapportage rapportage)
    {
        ArgumentNullException.ThrowIfNull(rapportage);
        return $"raadsinformatiebrief-{rapportage.Regio}-{rapportage.Maand}{(rapportage.Status == RapportageStatus.Concept ? "-concept" : "")}.docx";
    }

    public static byte[] Create(Rapportage rapportage, Domain.Regios.Regio regio)
    {
        ArgumentNullException.ThrowIfNull(rapportage);
        ArgumentNullException.ThrowIfNull(regio);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = rapportage.Onderwerp;
            document.PackageProperties.Language = "nl-NL";
            var main = document.AddMainDocumentPart();
            Docxstijlen.AddTo(main);
            var body = new Body();
            if (rapportage.Status == RapportageStatus.Concept)
            {
                body.Append(Alinea(ConceptMarkering, "Concept"));
            }
            body.Append(Alinea(rapportage.Onderwerp, "Title"));
            body.Append(Kopgegevens(rapportage, regio));
            foreach (var (_, kop, tekst) in rapportage.Teksten.Onderdelen)
            {
                body.Append(Alinea(kop, "Heading1"));
                foreach (var regel in tekst.Split('\n').Select(r => r.Trim()).Where(r => r.Length > 0))
                {
                    body.Append(Alinea(regel, null));
                }
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1418, Right = 1418, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Table Kopgegevens(Rapportage r, Domain.Regios.Regio regio)
    {
        var datum = r.Definitief is { } d ? Datumtekst.Lang(Tijd.NederlandseTijd.Datum(d.Wanneer)) : $"Concept van {Datumtekst.Lang(Tijd.NederlandseTijd.Datum((r.LaatstGewijzigd ?? r.Gegenereerd).Wanneer))}";
        var velden = new List<(string, string)>
        {
            ("Onderwerp", r.Onderwerp),
            ("Nummer", $"RIB {regio.Id} {r.Maand}"),
            ("Datum", datum),
            ("Afzender", $"Regio {regio.Naam}"),
            ("Opgesteld door", r.Gegenereerd.Wie),
            ("Status", r.Status == RapportageStatus.Definitief ? $"Definitief, vastgesteld door {r.Definitief!.Wie}" : ConceptMarkering),
            ("Bestemd voor", $"De gemeenteraden van {Conceptopsteller.Opsomming(regio.Gemeenten.Select(g => g.Naam).ToList())}, ter kennisname."),
            ("Bijlagen", "Geen"),
        };
        var rand = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 });
        var tabel = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, rand),
            new TableGrid(new GridColumn { Width = "2520" }, new GridColumn { Width = "6550" }));
        foreach (var (naam, waarde) in velden)
        {
            tabel.Append(new TableRow(
                new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Pct, Width = "1400" }), Alinea(naam, "Veldnaam")),
                new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Pct, Width = "3600" }), Alinea(waarde, null))));
        }
        return tabel;
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
}
