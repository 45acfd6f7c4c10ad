using System.Text;
using System.Text.Json.Nodes;

namespace Regio.Functions.Tests.Hosting.Fuzz;

/// <summary>
/// JSON bodies that are no JSON, the wrong JSON, or the right shape with one value broken: null, left out, of the wrong
/// type, a string of 1 MB, a number no field can hold, null inside an array, an array of a thousand.
/// </summary>
internal static class Bodyvarianten
{
    private const int EenMegabyte = 1 << 20;

    private static readonly (string Naam, string Tekst)[] Kapot =
    [
        ("leeg", ""), ("geen JSON", "geen json"), ("afgebroken", "{\"a\": "), ("lijst", "[]"), ("tekst", "\"tekst\""), ("getal", "42"),
        ("null", "null"), ("leeg object", "{}"), ("true", "true"), ("diep genest", new string('[', 200) + new string(']', 200)),
        ("dubbele sleutel", "{\"a\":1,\"a\":2}"), ("BOM en rommel", "\uFEFF{,}"), ("ongeldige UTF-16", "{\"a\":\"\\ud800\"}"),
    ];

    public static Func<HttpContent?> Basis(Operatie operatie, Voorbeeld voorbeeld) => operatie.BodySoort switch
    {
        "application/json" => Json((voorbeeld.Voor(operatie.Body!.Value) ?? JsonValue.Create("")).ToJsonString()),
        "multipart/form-data" => () => Multipartvarianten.Formulier(operatie, voorbeeld, new Dictionary<string, string?>()),
        _ => () => null,
    };

    public static IEnumerable<(string Naam, Func<HttpContent?> Inhoud)> Voor(Operatie operatie, Voorbeeld voorbeeld)
    {
        if (operatie.BodySoort != "application/json")
        {
            yield break;
        }
        foreach (var (naam, tekst) in Kapot)
        {
            yield return ($"body {naam}", Json(tekst));
        }
        var basis = voorbeeld.Voor(operatie.Body!.Value);
        var geldig = basis?.ToJsonString() ?? "null";
        yield return ("body als text/plain", () => new StringContent(geldig, Encoding.UTF8, "text/plain"));
        yield return ("body als XML", () => new StringContent("<a/>", Encoding.UTF8, "application/xml"));
        foreach (var (pad, node) in Paden(basis, "$"))
        {
            foreach (var (naam, vervanging) in Vervangingen(node))
            {
                yield return ($"body {pad} = {naam}", () => new StringContent(Vervang(basis!, pad, vervanging), Encoding.UTF8, "application/json"));
            }
        }
    }

    private static Func<HttpContent?> Json(string tekst) => () => new StringContent(tekst, Encoding.UTF8, "application/json");

    /// <summary>Every value in the body below the root, with its path ($.bedragen[0].jaar).</summary>
    private static IEnumerable<(string Pad, JsonNode? Node)> Paden(JsonNode? node, string pad)
    {
        var kinderen = node switch
        {
            JsonObject o => o.Select(p => ($"{pad}.{p.Key}", p.Value)),
            JsonArray a => a.Select((e, i) => ($"{pad}[{i}]", e)),
            _ => [],
        };
        foreach (var (kindpad, kind) in kinderen)
        {
            yield return (kindpad, kind);
            foreach (var dieper in Paden(kind, kindpad))
            {
                yield return dieper;
            }
        }
    }

    private static IEnumerable<(string Naam, Func<JsonNode?>? Waarde)> Vervangingen(JsonNode? node)
    {
        yield return ("null", () => null);
        yield return ("weggelaten", null);
        switch (node)
        {
            case JsonArray a:
                yield return ("[]", () => new JsonArray());
                yield return ("[null]", () => new JsonArray((JsonNode?)null));
                yield return ("[null, …]", () => new JsonArray([null, .. a.Select(e => e?.DeepClone())]));
                yield return ("[12345]", () => new JsonArray(12345));
                yield return ("[\"tekst\"]", () => new JsonArray("tekst"));
                yield return ("1000 elementen", () => new JsonArray(Enumerable.Repeat(a.FirstOrDefault(), 1000).Select(e => e?.DeepClone()).ToArray()));
                yield return ("{}", () => new JsonObject());
                break;
            case JsonObject:
                yield return ("{}", () => new JsonObject());
                yield return ("[]", () => new JsonArray());
                yield return ("\"tekst\"", () => "tekst");
                break;
            case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String:
                yield return ("1 MB", () => new string('a', EenMegabyte));
                yield return ("1 MB aan id-tekens", () => string.Concat(Enumerable.Repeat("ab-", EenMegabyte / 3)));
                yield return ("\"\"", () => "");
                yield return ("spaties", () => "   ");
                yield return ("64 KB", () => new string('a', 1 << 16));
                foreach (var raar in new[] { "#?/\\", "\u0000\u001f", "💥é", "'", "\"", "a|b", "9999-99-99", "2026-02-30", "25:61", "a\nb", "\u202e", "-1", "1e400" })
                {
                    yield return (Varianten.Kort(raar), () => raar);
                }
                yield return ("12345", () => 12345);
                yield return ("{}", () => new JsonObject());
                break;
            default:
                foreach (var getal in new[] { "99999999999999999999999", "-99999999999999999999999", "2147483648", "-2147483649", "1.5", "-1", "0", "1e308", "\"abc\"", "\"\"", "true", "[]" })
                {
                    yield return (getal, () => JsonNode.Parse(getal));
                }
                break;
        }
    }

    /// <summary>The body with the value at <paramref name="pad"/> replaced (or left out when <paramref name="waarde"/> is null).</summary>
    private static string Vervang(JsonNode basis, string pad, Func<JsonNode?>? waarde)
    {
        var kopie = basis.DeepClone();
        var (ouder, sleutel) = Ouder(kopie, pad);
        switch (ouder, sleutel)
        {
            case (JsonObject o, string naam) when waarde is null:
                o.Remove(naam);
                break;
            case (JsonObject o, string naam):
                o[naam] = waarde();
                break;
            case (JsonArray a, int index) when waarde is null:
                a.RemoveAt(index);
                break;
            case (JsonArray a, int index):
                a[index] = waarde();
                break;
        }
        return kopie.ToJsonString();
    }

    private static (JsonNode Ouder, object Sleutel) Ouder(JsonNode root, string pad)
    {
        var delen = System.Text.RegularExpressions.Regex.Matches(pad[1..], @"\.([^.\[]+)|\[(\d+)\]")
            .Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var node = root;
        foreach (var deel in delen[..^1])
        {
            node = deel is string naam ? node[naam]! : node[(int)deel]!;
        }
        return (node, delen[^1]);
    }
}
