using System.Globalization;
using System.Text;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>
/// A small, valid PDF 1.4 of lines of text (A4, Helvetica, WinAnsi), written with the BCL because no PDF library can be
/// restored here. Characters outside Windows-1252 become "?"; the text is what a receipt needs, not typography.
/// </summary>
public static class EenvoudigePdf
{
    private const int RegelsPerPagina = 60;
    private const float Letter = 9f;
    private const float Regelhoogte = 12f;

    public static byte[] Maak(string titel, IReadOnlyList<string> regels)
    {
        ArgumentNullException.ThrowIfNull(regels);
        var paginas = regels.Chunk(RegelsPerPagina).ToList();
        if (paginas.Count == 0)
            paginas.Add([]);
        // Objects: 1 catalog, 2 pages, 3 font, 4 info, then per page its page object and its content stream.
        var objecten = new List<byte[]>
        {
            Latin("<< /Type /Catalog /Pages 2 0 R >>"),
            Latin($"<< /Type /Pages /Kids [{string.Join(' ', paginas.Select((_, i) => $"{5 + (2 * i)} 0 R"))}] /Count {paginas.Count} >>"),
            Latin("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
            Samen(Latin("<< /Title "), Tekst(titel), Latin(" /Producer (Regio) >>")),
        };
        for (var i = 0; i < paginas.Count; i++)
        {
            var inhoud = Inhoud(paginas[i]);
            objecten.Add(Latin($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {6 + (2 * i)} 0 R >>"));
            objecten.Add(Samen(Latin($"<< /Length {inhoud.Length} >>\nstream\n"), inhoud, Latin("\nendstream")));
        }

        using var pdf = new MemoryStream();
        Schrijf(pdf, Latin("%PDF-1.4\n"));
        Schrijf(pdf, [(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
        var posities = new List<long>();
        for (var i = 0; i < objecten.Count; i++)
        {
            posities.Add(pdf.Position);
            Schrijf(pdf, Latin($"{i + 1} 0 obj\n"));
            Schrijf(pdf, objecten[i]);
            Schrijf(pdf, Latin("\nendobj\n"));
        }
        var xref = pdf.Position;
        var tabel = new StringBuilder();
        tabel.Append(CultureInfo.InvariantCulture, $"xref\n0 {objecten.Count + 1}\n0000000000 65535 f \n");
        foreach (var positie in posities)
            tabel.Append(positie.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        tabel.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objecten.Count + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Schrijf(pdf, Latin(tabel.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Inhoud(IEnumerable<string> regels)
    {
        var inhoud = new List<byte>();
        inhoud.AddRange(Latin(string.Create(CultureInfo.InvariantCulture, $"BT\n/F1 {Letter} Tf\n{Regelhoogte} TL\n50 792 Td\n")));
        foreach (var regel in regels)
        {
            inhoud.AddRange(Tekst(regel));
            inhoud.AddRange(Latin(" Tj T*\n"));
        }
        inhoud.AddRange(Latin("ET"));
        return [.. inhoud];
    }

    /// <summary>A PDF literal string in WinAnsi: parentheses and backslashes escaped, other bytes as they are.</summary>
    private static byte[] Tekst(string tekst)
    {
        var bytes = new List<byte> { (byte)'(' };
        foreach (var c in tekst)
        {
            var b = WinAnsi(c);
            if (b is (byte)'(' or (byte)')' or (byte)'\\')
                bytes.Add((byte)'\\');
            bytes.Add(b);
        }
        bytes.Add((byte)')');
        return [.. bytes];
    }

    private static byte WinAnsi(char c) => c switch
    {
        < ' ' => (byte)' ',
        <= '~' => (byte)c,
        >= '\u00A0' and <= '\u00FF' => (byte)c,
        '€' => 0x80,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '–' => 0x96,
        '—' => 0x97,
        _ => (byte)'?',
    };

    private static byte[] Samen(params byte[][] delen) => delen.SelectMany(d => d).ToArray();

    private static byte[] Latin(string tekst) => Encoding.ASCII.GetBytes(tekst);

    private static void Schrijf(Stream stream, byte[] bytes) => stream.Write(bytes);
}
