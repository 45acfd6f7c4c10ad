using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Regio.Functions.Tests.Trajecten.Stukken;

/// <summary>Small real files and the multipart forms that carry them, as a client or browser sends them.</summary>
internal static class Testbestanden
{
    /// <summary>A one-page PDF with a correct xref table (as in the platform tests' Voorbeeldbestanden); <paramref name="kenmerk"/> makes versions differ.</summary>
    public static byte[] Pdf(string kenmerk = "Regio")
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

    /// <summary>A multipart form like the page's; a null field is left out altogether.</summary>
    public static MultipartFormDataContent Formulier(string? titel, byte[]? bestand, string bestandsnaam = "bestek.pdf", string? perceel = null, string? toelichting = null)
    {
        var form = new MultipartFormDataContent();
        if (titel is not null)
            form.Add(new StringContent(titel), "titel");
        if (perceel is not null)
            form.Add(new StringContent(perceel), "perceel");
        if (toelichting is not null)
            form.Add(new StringContent(toelichting), "toelichting");
        if (bestand is not null)
        {
            var inhoud = new ByteArrayContent(bestand);
            inhoud.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(inhoud, "bestand", bestandsnaam);
        }
        return form;
    }
}
