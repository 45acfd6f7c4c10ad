using System.Globalization;
using System.Text;

namespace Regio.Benchmarks;

/// <summary>A one-page PDF with a correct xref table, as the tests' Testbestanden make it; <paramref name="kenmerk"/> makes files differ.</summary>
internal static class Pdf
{
    public static byte[] Maak(string kenmerk)
    {
        var pdf = new StringBuilder("%PDF-1.7\n");
        string[] objecten =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Title ({kenmerk}) >>",
        ];
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
}
