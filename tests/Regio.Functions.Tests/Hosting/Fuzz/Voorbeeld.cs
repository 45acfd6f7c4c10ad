using System.Text.Json;
using System.Text.Json.Nodes;

namespace Regio.Functions.Tests.Hosting.Fuzz;

/// <summary>
/// A body of the right shape built from an OpenAPI schema, so that each malformed variant differs from a plausible
/// request in one place only. Names that the demo data knows get a value that exists, so handlers run past their lookups.
/// </summary>
internal sealed class Voorbeeld(JsonElement componenten)
{
    private static readonly Dictionary<string, JsonNode> Bekend = new(StringComparer.OrdinalIgnoreCase)
    {
        ["trajectId"] = "jeugdhulp-2023", ["aanbieder"] = "demo-jeugdzorg-kennemerland", ["organisatie"] = "demo-jeugdzorg-kennemerland",
        ["deelnemer"] = "aanbieder|demo-jeugdzorg-kennemerland", ["gemeente"] = "haarlem", ["eigenaar"] = "gemeente:haarlem",
        ["id"] = "fuzz-1", ["procedure"] = "Openbaar", ["domein"] = "jeugd", ["soort"] = "Hoofdkenmerken", ["naar"] = "Ingetrokken",
        ["jaar"] = 2026, ["perceel"] = 1, ["maand"] = "2022-01", ["tijd"] = "10:00", ["deel"] = "1/7", ["post"] = "2201 Ambulante jeugdhulp",
        ["sha256"] = new string('a', 64), ["uploadId"] = "0123456789abcdef0123456789abcdef", ["bestandsnaam"] = "fuzz.pdf", ["document"] = "Uea",
        ["kvkNummer"] = "90009999", ["bekostiging"] = "Taakgericht", ["weging"] = 100, ["waarde"] = 5, ["punt"] = "K1", ["code"] = "K1",
        ["deelnemers"] = "haarlem", ["leden"] = "demo-thuishulp-ijmond", ["trajecten"] = "jeugdhulp-2023", ["leadGemeente"] = "haarlem",
        ["winnaars"] = "aanbieder|demo-jeugdzorg-kennemerland", ["beoordelaars"] = "haarlem-beoordelaar", ["verklaringen"] = "Uea", ["documenten"] = "Uea",
        ["rollen"] = "inkoper", ["percelen"] = "Perceel A", ["ueaSha256"] = new string('a', 64), ["onderwerp"] = "Toegang",
    };

    public JsonNode? Voor(JsonElement schema, string naam = "", int diepte = 0)
    {
        schema = Los(schema);
        var soorten = Soorten(schema);
        // A list takes its elements' known value under its own name: "deelnemers": ["haarlem"].
        if (Bekend.TryGetValue(naam, out var bekend) && !soorten.Contains("array"))
        {
            return bekend.DeepClone();
        }
        if (soorten.Contains("object") && diepte < 5)
        {
            var obj = new JsonObject();
            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var p in properties.EnumerateObject())
                {
                    obj[p.Name] = Voor(p.Value, p.Name, diepte + 1);
                }
            }
            return obj;
        }
        if (soorten.Contains("array") && diepte < 5)
        {
            var element = schema.TryGetProperty("items", out var items) ? Voor(items, naam, diepte + 1) : "x";
            return new JsonArray(element);
        }
        if (soorten.Contains("integer") || soorten.Contains("number"))
        {
            return 1;
        }
        if (soorten.Contains("boolean"))
        {
            return true;
        }
        if (schema.TryGetProperty("enum", out var waarden) && waarden.GetArrayLength() > 0)
        {
            return JsonNode.Parse(waarden[0].GetRawText());
        }
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return format switch
        {
            "date" => "2026-01-05",
            "date-time" => "2026-01-05T10:00:00+01:00",
            "uuid" => "0f8fad5b-d9cb-469f-a165-70867728950e",
            _ => "Fuzz (demo)",
        };
    }

    /// <summary>A <c>$ref</c> to its component, a nullable <c>oneOf</c> to its non-null member.</summary>
    public JsonElement Los(JsonElement schema)
    {
        while (true)
        {
            if (schema.TryGetProperty("$ref", out var verwijzing))
            {
                schema = componenten.GetProperty(verwijzing.GetString()!.Split('/')[^1]);
            }
            else if (schema.TryGetProperty("oneOf", out var een) || schema.TryGetProperty("anyOf", out een))
            {
                schema = een.EnumerateArray().FirstOrDefault(s => !Soorten(s).SequenceEqual(["null"]), een[0]);
            }
            else
            {
                return schema;
            }
        }
    }

    private static List<string> Soorten(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? (schema.TryGetProperty("properties", out _) ? ["object"] : [])
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
        : [type.GetString()!];
}
