using System.Net.Http.Headers;
using System.Text;

namespace Regio.Functions.Tests.Budgetten;

/// <summary>Budget sheets as a budgethouder uploads them: a CSV as Dutch Excel writes it, in a multipart form.</summary>
internal static class Budgetbladen
{
    public const string Jeugd2026 = "Post;2026;2027\r\n2201 Ambulante jeugdhulp;23.000.000;23.100.000\r\n2202 Jeugdhulp met verblijf;10.500.000;10.400.000\r\nTotaal taakstellingen Jeugd;-4.000.000;-4.000.000\r\nTotaal;29.500.000;29.500.000\r\n";

    public static MultipartFormDataContent Formulier(string domein, string csv, string bestandsnaam = "budget.csv")
    {
        var form = new MultipartFormDataContent { { new StringContent(domein), "domein" } };
        var bestand = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        bestand.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(bestand, "bestand", bestandsnaam);
        return form;
    }
}
