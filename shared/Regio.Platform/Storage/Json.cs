using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regio.Platform.Storage;

/// <summary>How lists inside a table row are written: readable JSON, enums by name.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string? json) where T : class =>
        JsonSerializer.Deserialize<T>(json ?? "null", Options) ?? throw new InvalidDataException("Lege JSON-kolom in de opslag.");
}
