using System.Security.Cryptography;
using System.Text;
using Regio.Domain.Budgetten;
using Regio.Platform.Storage;

namespace Regio.Platform.Budgetten;

/// <summary>
/// A sheet read and checked, waiting to be applied: the budget it would become and the version of the stored budget it
/// was compared with (<see cref="Basis"/>, null for a domain without a budget yet). <see cref="Versie"/> is a hash of
/// both, which the apply must send back, so only what the budgethouder saw in the preview can be applied.
/// </summary>
public sealed record Importvoorstel(
    string Id, Domein Domein, IReadOnlyList<int> Jaren, IReadOnlyList<Post> Posten, Versie? Basis, string Bestandsnaam, DateTimeOffset Op, string Door)
{
    /// <summary>How long a preview can be applied; after that the budgethouder previews the sheet again.</summary>
    public static readonly TimeSpan Geldig = TimeSpan.FromHours(24);

    /// <summary>Whether <paramref name="id"/> can be the id of a pending import (32 lower-case hex digits), before any storage call.</summary>
    public static bool IsId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    public string Versie
    {
        get
        {
            var inhoud = $"{Id}\n{Domein}\n{Basis?.EnkeleETag}\n{Json.Write(Jaren)}\n{Json.Write(Posten)}";
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(inhoud)))[..32];
        }
    }
}

/// <summary>What applying an import did: applied (with the budget's new ETag), the budget changed since the preview, or the preview is gone.</summary>
public enum ImportToepassing
{
    Toegepast,
    Verouderd,
    Verdwenen,
}
