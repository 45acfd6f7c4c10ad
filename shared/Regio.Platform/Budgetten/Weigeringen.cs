using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>An invalid field as the budget use cases answer it.</summary>
internal static class Weigeringen
{
    public static Uitkomst<T>.Ongeldig Ongeldig<T>(string veld, string melding) => new(new Dictionary<string, string> { [veld] = melding });
}
