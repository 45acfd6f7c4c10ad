using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Regio.Functions.Tests.Hosting.Fuzz;

/// <summary>
/// Upload forms that break off before their closing boundary or halfway, lack or misstate their boundary, or carry a
/// field that is missing, empty, 1 MB long or of the wrong kind, or a file that is empty, no file at all or oddly named.
/// </summary>
internal static class Multipartvarianten
{
    private const string Bestand = "\u0001bestand";

    public static MultipartFormDataContent Formulier(Operatie operatie, Voorbeeld voorbeeld, Dictionary<string, string?> anders, byte[]? inhoud = null, string bestandsnaam = "fuzz.pdf")
    {
        var form = new MultipartFormDataContent();
        foreach (var (naam, schema) in Velden(operatie, voorbeeld))
        {
            if (IsBestand(schema))
            {
                if (!anders.ContainsKey(Bestand))
                {
                    var budget = operatie.Patroon.Contains("/budget", StringComparison.Ordinal);
                    var bestand = new ByteArrayContent(inhoud ?? (budget ? Encoding.UTF8.GetBytes(Budgetten.Budgetbladen.Jeugd2026) : Trajecten.Stukken.Testbestanden.Pdf()));
                    bestand.Headers.ContentType = new MediaTypeHeaderValue(budget ? "text/csv" : "application/pdf");
                    form.Add(bestand, naam, budget ? "budget.csv" : bestandsnaam);
                }
            }
            else if (anders.TryGetValue(naam, out var waarde) ? waarde is not null : true)
            {
                form.Add(new StringContent(waarde ?? Tekst(voorbeeld.Voor(schema, naam))), naam);
            }
        }
        return form;
    }

    public static IEnumerable<(string Naam, Func<HttpContent?> Inhoud)> Voor(Operatie operatie, Voorbeeld voorbeeld)
    {
        var geldig = Bytes(Formulier(operatie, voorbeeld, new()), out var boundary);
        var sluiting = Encoding.ASCII.GetByteCount($"--{boundary}--\r\n");
        yield return ("multipart zonder sluitgrens", () => Ruw(geldig[..^sluiting], $"multipart/form-data; boundary=\"{boundary}\""));
        yield return ("multipart halverwege afgebroken", () => Ruw(geldig[..(geldig.Length / 2)], $"multipart/form-data; boundary=\"{boundary}\""));
        yield return ("multipart na de eerste grens afgebroken", () => Ruw(geldig[..(boundary.Length + 4)], $"multipart/form-data; boundary=\"{boundary}\""));
        yield return ("multipart zonder boundary", () => Ruw(geldig, "multipart/form-data"));
        yield return ("multipart met een andere boundary", () => Ruw(geldig, "multipart/form-data; boundary=anders"));
        yield return ("multipart leeg", () => Ruw([], $"multipart/form-data; boundary=\"{boundary}\""));
        yield return ("multipart rommel", () => Ruw(Encoding.UTF8.GetBytes("rommel\r\n\r\n--"), $"multipart/form-data; boundary=\"{boundary}\""));
        yield return ("multipart als JSON", () => new StringContent("{}", Encoding.UTF8, "application/json"));
        foreach (var (naam, schema) in Velden(operatie, voorbeeld).Where(v => !IsBestand(v.Schema)))
        {
            var waarden = new[] { "", "#?/\\", "\u0000", new string('a', 1 << 20), "abc", "99999999999999999999", "-1" };
            yield return ($"veld {naam} weggelaten", () => Formulier(operatie, voorbeeld, new() { [naam] = null }));
            foreach (var waarde in waarden)
            {
                yield return ($"veld {naam} = {Varianten.Kort(waarde)}", () => Formulier(operatie, voorbeeld, new() { [naam] = waarde }));
            }
        }
        yield return ("bestand weggelaten", () => Formulier(operatie, voorbeeld, new() { [Bestand] = null }));
        yield return ("bestand leeg", () => Formulier(operatie, voorbeeld, new(), []));
        yield return ("bestand rommel", () => Formulier(operatie, voorbeeld, new(), Encoding.UTF8.GetBytes("rommel")));
        foreach (var naam in new[] { new string('a', 1000) + ".pdf", "../../etc/passwd", "a\u0001b.pdf", ".pdf", "#?/\\.pdf" })
        {
            yield return ($"bestandsnaam {Varianten.Kort(naam)}", () => Formulier(operatie, voorbeeld, new(), null, naam));
        }
    }

    private static List<(string Naam, JsonElement Schema)> Velden(Operatie operatie, Voorbeeld voorbeeld) =>
        voorbeeld.Los(operatie.Body!.Value).TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => (p.Name, p.Value)).ToList()
            : [];

    private static bool IsBestand(JsonElement schema) => schema.TryGetProperty("format", out var f) && f.GetString() == "binary";

    private static string Tekst(JsonNode? waarde) => waarde is JsonValue v && v.TryGetValue<string>(out var s) ? s : waarde?.ToJsonString() ?? "";

    private static byte[] Bytes(MultipartFormDataContent form, out string boundary)
    {
        boundary = form.Headers.ContentType!.Parameters.Single(p => p.Name == "boundary").Value!.Trim('"');
        using var stream = new MemoryStream();
        form.CopyTo(stream, null, CancellationToken.None);
        form.Dispose();
        return stream.ToArray();
    }

    private static ByteArrayContent Ruw(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
