using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Regio.Functions.Tests.Hosting.Fuzz;

/// <summary>
/// The malformed variants of an operation: odd, over-long and empty route values and query values, broken If-Match
/// headers, and the body variants of <see cref="Bodyvarianten"/> and <see cref="Multipartvarianten"/>. Each differs from
/// a plausible request (route values that exist in the demo data, a body of the right shape) in one place.
/// </summary>
internal static class Varianten
{
    /// <summary>Route values that exist in the demo data; a test adds what it made itself (a combinatie).</summary>
    public static readonly IReadOnlyDictionary<string, string> Routewaarden = new Dictionary<string, string>
    {
        ["combinatieId"] = "abcdefghij", ["organisatieId"] = "demo-jeugdzorg-kennemerland", ["id"] = "haarlem",
        ["tenantId"] = "0f8fad5b-d9cb-469f-a165-70867728950e", ["objectId"] = "0f8fad5b-d9cb-469f-a165-70867728950e",
        ["trajectId"] = "jeugdhulp-2023", ["nummer"] = "1", ["vraagNummer"] = "1", ["mijlpaalId"] = "1", ["documentId"] = "bestek",
        ["versie"] = "1", ["gemeenteId"] = "haarlem", ["importId"] = "0123456789abcdef0123456789abcdef", ["keuzeId"] = "sociaal-wijkteam",
        ["regioId"] = "zk-ijmond", ["maand"] = "2022-01", ["domein"] = "jeugd", ["ronde"] = "1", ["deelnemer"] = "aanbieder|demo-jeugdzorg-kennemerland",
        ["documentNummer"] = "1", ["aanvraagNummer"] = "1", ["moment"] = "inschrijving", ["bewijsId"] = "0123456789abcdef0123456789abcdef",
        ["uploadId"] = "0123456789abcdef0123456789abcdef", ["inschrijver"] = "aanbieder|demo-jeugdzorg-kennemerland",
        ["beoordelaar"] = "haarlem-beoordelaar", ["bezwaarNummer"] = "1", ["contractId"] = "jeugdhulp-2023.1.aanbieder.demo-jeugdzorg-kennemerland",
        ["taak"] = "signalen",
    };

    /// <summary>Characters storage keys forbid, control characters, path tricks, quotes, non-ASCII and lengths no id has.</summary>
    public static readonly string[] RareTeksten =
    [
        "", "#?/\\", "/", "\\", "#", "?", "\u0000", "\n", "\u007f", "x\ty", ".", "..", " ", "'", "\"", "%", "a b", "é", "💥", "<script>",
        "'; --", "null", "-", "HAARLEM", "~", "*", "`", "{}", "[]", "&", "=", "+", ";", "@", "$", "!", "()", ",", "\u202e", "\ufeff",
        new('a', 129), new('a', 8000),
    ];

    private static readonly string[] RareGetallen = ["-1", "0", "2147483647", "2147483648", "99999999999999999999", "1.5", "1e3", "٣"];

    private static readonly string[] RareEtags = ["garbage", "\"", "*", "W/\"x\"", "\"0x8DE0000000000000\"", "\"\"", new('a', 8000)];

    public static IEnumerable<Variant> Voor(Operatie operatie, Voorbeeld voorbeeld, IReadOnlyDictionary<string, string> routewaarden)
    {
        var ifMatch = operatie.Parameters.Any(p => p.In == "header" && p.Naam == "If-Match") ? "\"0x8DE0000000000000\"" : null;
        var basis = Bodyvarianten.Basis(operatie, voorbeeld);
        var url = Url(operatie, routewaarden, new Dictionary<string, string>());
        yield return new Variant(operatie, "zoals bedoeld", url, basis, ifMatch);
        foreach (var p in operatie.Parameters.Where(p => p.In == "path" && !p.Guid))
        {
            // Kestrel itself refuses a null character in the path (400) before the app sees it; the test server cannot send one.
            foreach (var waarde in p.Getal ? RareGetallen : RareTeksten.Where(t => !t.Contains('\u0000', StringComparison.Ordinal)))
            {
                yield return new Variant(operatie, $"route {p.Naam}={Kort(waarde)}", Url(operatie, routewaarden, new() { [p.Naam] = waarde }), basis, ifMatch);
            }
        }
        foreach (var p in operatie.Parameters.Where(p => p.In == "query"))
        {
            foreach (var waarde in RareTeksten.Concat(RareGetallen))
            {
                yield return new Variant(operatie, $"query {p.Naam}={Kort(waarde)}", $"{url}?{p.Naam}={Uri.EscapeDataString(waarde)}", basis, ifMatch);
            }
        }
        if (ifMatch is not null)
        {
            foreach (var etag in RareEtags)
            {
                yield return new Variant(operatie, $"If-Match {Kort(etag)}", url, basis, etag);
            }
        }
        var varianten = operatie.BodySoort == "multipart/form-data"
            ? Multipartvarianten.Voor(operatie, voorbeeld)
            : Bodyvarianten.Voor(operatie, voorbeeld);
        foreach (var (naam, inhoud) in varianten)
        {
            yield return new Variant(operatie, naam, url, inhoud, ifMatch);
        }
    }

    private static string Url(Operatie operatie, IReadOnlyDictionary<string, string> routewaarden, Dictionary<string, string> anders)
    {
        var url = new StringBuilder();
        foreach (var deel in operatie.Patroon.Split('/'))
        {
            if (deel.Length > 0)
            {
                url.Append('/').Append(deel.StartsWith('{') ? Waarde(deel.Trim('{', '}').Split(':')[0]) : deel);
            }
        }
        return url.ToString();

        string Waarde(string naam) => Uri.EscapeDataString(anders.TryGetValue(naam, out var w) ? w : routewaarden.GetValueOrDefault(naam, "x"));
    }

    public static string Kort(string waarde) =>
        waarde.Length > 12 ? $"{waarde.Length} tekens" : string.Concat(waarde.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString(CultureInfo.InvariantCulture)));

    public static string Kort(JsonNode? waarde) => waarde is null ? "null" : Kort(waarde.ToJsonString());
}
