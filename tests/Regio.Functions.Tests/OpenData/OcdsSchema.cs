using NJsonSchema;

namespace Regio.Functions.Tests.OpenData;

/// <summary>
/// Validates the export against ocds-1.1-regio.schema.json: our transcription of the OCDS 1.1 release, package and record
/// schemas for the fields Regio publishes, stricter than OCDS (no field we did not mean to publish). Returns every error.
/// </summary>
internal static class OcdsSchema
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "OpenData", "ocds-1.1-regio.schema.json"))));

    public static Task<IReadOnlyList<string>> ReleasePackageFoutenAsync(string json) => FoutenAsync("ReleasePackage", json);

    public static Task<IReadOnlyList<string>> RecordPackageFoutenAsync(string json) => FoutenAsync("RecordPackage", json);

    private static async Task<IReadOnlyList<string>> FoutenAsync(string definitie, string json)
    {
        var schema = (await Schema.Value).Definitions[definitie];
        return [.. schema.Validate(json).SelectMany(Plat).Select(e => $"{e.Path}: {e.Kind}")];
    }

    /// <summary>Errors under a oneOf or $ref come nested; the leaves say what is wrong where.</summary>
    private static IEnumerable<NJsonSchema.Validation.ValidationError> Plat(NJsonSchema.Validation.ValidationError fout) =>
        fout is NJsonSchema.Validation.ChildSchemaValidationError kind && kind.Errors.Count > 0
            ? kind.Errors.SelectMany(e => e.Value).SelectMany(Plat)
            : [fout];
}
