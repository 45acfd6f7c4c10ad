using NJsonSchema;

namespace Regio.Functions.Tests.OpenData;

/// <summary>
/// Validates the export twice and returns every error of both:
/// <list type="bullet">
/// <item>against the official OCDS 1.1.5 package schemas (ocds-1.1.5/, unchanged), which say what OCDS allows;</item>
/// <item>against ocds-1.1-regio.schema.json, our transcription for the fields Regio publishes, including the lots and bid
/// statistics extensions, and stricter than OCDS: no field we did not mean to publish.</item>
/// </list>
/// </summary>
internal static class OcdsSchema
{
    /// <summary>Where the official package schemas say the release schemas are; read from ocds-1.1.5/ instead.</summary>
    private const string Gepubliceerd = "https://standard.open-contracting.org/schema/1__1__5/";

    private static readonly string Map = Path.Combine(AppContext.BaseDirectory, "OpenData");

    private static readonly Lazy<Task<JsonSchema>> Regio = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(Map, "ocds-1.1-regio.schema.json"))));

    private static readonly Lazy<Task<JsonSchema>> OfficieelReleasePackage = new(() => OfficieelAsync("release-package-schema.json"));

    private static readonly Lazy<Task<JsonSchema>> OfficieelRecordPackage = new(() => OfficieelAsync("record-package-schema.json"));

    public static async Task<IReadOnlyList<string>> ReleasePackageFoutenAsync(string json) =>
        [.. Fouten("OCDS 1.1.5", await OfficieelReleasePackage.Value, json), .. Fouten("Regio", (await Regio.Value).Definitions["ReleasePackage"], json)];

    public static async Task<IReadOnlyList<string>> RecordPackageFoutenAsync(string json) =>
        [.. Fouten("OCDS 1.1.5", await OfficieelRecordPackage.Value, json), .. Fouten("Regio", (await Regio.Value).Definitions["RecordPackage"], json)];

    /// <summary>A package schema as published, with its references to the release schemas made relative to the local copies.</summary>
    private static Task<JsonSchema> OfficieelAsync(string bestand)
    {
        var pad = Path.Combine(Map, "ocds-1.1.5", bestand);
        return JsonSchema.FromJsonAsync(File.ReadAllText(pad).Replace(Gepubliceerd, "", StringComparison.Ordinal), pad);
    }

    private static IEnumerable<string> Fouten(string schema, JsonSchema tegen, string json) =>
        tegen.Validate(json).SelectMany(Plat).Select(e => $"{schema} {e.Path}: {e.Kind}");

    /// <summary>Errors under a oneOf or $ref come nested; the leaves say what is wrong where.</summary>
    private static IEnumerable<NJsonSchema.Validation.ValidationError> Plat(NJsonSchema.Validation.ValidationError fout) =>
        fout is NJsonSchema.Validation.ChildSchemaValidationError kind && kind.Errors.Count > 0
            ? kind.Errors.SelectMany(e => e.Value).SelectMany(Plat)
            : [fout];
}
