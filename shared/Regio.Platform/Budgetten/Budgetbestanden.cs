using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Regio.Domain.Budgetten;

namespace Regio.Platform.Budgetten;

/// <summary>
/// The budget sheet as a file: XLSX (recognised by its content, a zip) or CSV (UTF-8 or Windows' Latin-1, separated by
/// semicolons as Dutch Excel writes it, or by commas or tabs). Reading gives the cells row by row for <see cref="Budgetblad"/>;
/// writing gives the same layout back, with a "Totaal" row that a re-import checks.
/// </summary>
public static class Budgetbestanden
{
    public const long MaximumBytes = 2 * 1024 * 1024;

    private const int MaximumRijen = 500;

    private const int MaximumKolommen = 60;

    public static (IReadOnlyList<IReadOnlyList<Cel>>? Rijen, string? Fout) Lees(byte[] inhoud)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        if (inhoud.Length == 0)
            return (null, "Het bestand is leeg. Kies het Excel- of CSV-bestand met het budget.");
        if (inhoud.Length > MaximumBytes)
            return (null, "Het bestand is groter dan 2 MB; een budgetblad is veel kleiner. Kies het juiste bestand.");
        if (inhoud.AsSpan().StartsWith("PK\u0003\u0004"u8))
            return LeesXlsx(inhoud);
        if (inhoud.Contains((byte)0))
            return (null, "Dit bestand is geen Excel-bestand (XLSX) en geen CSV. Sla het budget op als XLSX of CSV en probeer het opnieuw.");
        return (Budgetcsv.Lees(Tekst(inhoud)), null);
    }

    public static byte[] AlsCsv(Budget budget) => Budgetcsv.Schrijf(budget);

    public static byte[] AlsXlsx(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var werkblad = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Rij(1, [Tekstcel("Post"), .. budget.Jaren.Select(j => Getalcel(j))]));
            var nummer = 2u;
            foreach (var post in budget.Posten)
                data.Append(Rij(nummer++, [Tekstcel(post.Naam), .. post.BedragenInEuro.Select(Getalcel)]));
            data.Append(Rij(nummer, [Tekstcel(Budgetblad.Totaal), .. budget.TotaalInEuro().Select(Getalcel)]));
            werkblad.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(werkblad), SheetId = 1, Name = $"Budget {budget.Domein}" }));
        }
        return stream.ToArray();
    }

    private static (IReadOnlyList<IReadOnlyList<Cel>>?, string?) LeesXlsx(byte[] inhoud)
    {
        const string Onleesbaar = "Dit Excel-bestand is niet te lezen. Sla het opnieuw op als Excel-werkmap (XLSX) of als CSV en probeer het nog eens.";
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(inhoud), false);
            var workbook = document.WorkbookPart;
            if (workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() is not { Id.Value: { } id }
                || workbook.GetPartById(id) is not WorksheetPart werkblad)
            {
                return (null, Onleesbaar);
            }
            var gedeeld = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rijen = new List<IReadOnlyList<Cel>>();
            foreach (var rij in werkblad.Worksheet.Descendants<Row>())
            {
                var nummer = (int)(rij.RowIndex?.Value ?? (uint)rijen.Count + 1);
                if (nummer > MaximumRijen)
                    return (null, $"Het blad heeft meer dan {MaximumRijen} rijen; een budgetblad is veel kleiner. Kies het juiste blad.");
                while (rijen.Count < nummer - 1)
                    rijen.Add([]);
                var cellen = new List<Cel>();
                foreach (var cel in rij.Elements<Cell>())
                {
                    var kolom = cel.CellReference?.Value is { } verwijzing ? Kolom(verwijzing) : cellen.Count + 1;
                    if (kolom > MaximumKolommen)
                        return (null, $"Het blad heeft meer dan {MaximumKolommen} kolommen; een budgetblad is veel smaller. Kies het juiste blad.");
                    while (cellen.Count < kolom - 1)
                        cellen.Add(default);
                    cellen.Add(Waarde(cel, gedeeld));
                }
                rijen.Add(cellen);
            }
            return (rijen, null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            return (null, Onleesbaar);
        }
    }

    private static Cel Waarde(Cell cel, List<string> gedeeld)
    {
        var tekst = cel.CellValue?.Text ?? "";
        return cel.DataType?.Value switch
        {
            var t when t == CellValues.SharedString => new Cel(int.TryParse(tekst, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < gedeeld.Count ? gedeeld[i] : ""),
            var t when t == CellValues.InlineString => new Cel(cel.InlineString?.InnerText ?? ""),
            var t when t == CellValues.String || t == CellValues.Boolean || t == CellValues.Error => new Cel(tekst),
            _ => new Cel(tekst, IsGetal: tekst.Length > 0),
        };
    }

    private static int Kolom(string verwijzing)
    {
        var kolom = 0;
        foreach (var c in verwijzing.TakeWhile(char.IsAsciiLetter))
            kolom = kolom * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return kolom;
    }

    private static Row Rij(uint nummer, IEnumerable<Cell> cellen)
    {
        var rij = new Row { RowIndex = nummer };
        rij.Append(cellen);
        return rij;
    }

    private static Cell Tekstcel(string tekst) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(tekst)) };

    private static Cell Getalcel(long getal) => new() { DataType = CellValues.Number, CellValue = new CellValue(getal.ToString(CultureInfo.InvariantCulture)) };

    /// <summary>UTF-8 when it is valid UTF-8; otherwise what Excel on Windows writes, Windows-1252, whose euro sign Latin-1 lacks.</summary>
    private static string Tekst(byte[] inhoud)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(inhoud).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(inhoud).Replace('\u0080', '€');
        }
    }
}
