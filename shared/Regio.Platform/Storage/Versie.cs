using System.Buffers.Text;
using System.IO.Compression;
using System.Text;
using Azure;

namespace Regio.Platform.Storage;

/// <summary>
/// The version of something stored as several rows, as a client holds it: each row's ETag, by the row's name within
/// the whole, carried as one opaque token (an HTTP entity-tag, so it fits the ETag and If-Match headers and a hidden
/// form field). A write checks only the rows it changes against it, so changes to different parts do not conflict.
/// A token that is not one of ours reads as a version that knows no row: every write with it is stale.
/// </summary>
public readonly struct Versie : IEquatable<Versie>
{
    private const string Voorvoegsel = "r1.";
    private const int MaxTekens = 512 * 1024;
    private const string EnkeleRij = "rij";

    private static readonly ETag Onbekend = new("\"geen\"");

    private readonly SortedDictionary<string, string>? _rijen;

    private Versie(SortedDictionary<string, string> rijen) => _rijen = rijen;

    public static Versie Leeg { get; } = new(new SortedDictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The version of rows as read, each by its name.</summary>
    public static Versie Uit(IEnumerable<(string Rij, ETag ETag)> rijen)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (rij, etag) in rijen ?? [])
        {
            map[rij] = etag.ToString();
        }
        return new Versie(map);
    }

    /// <summary>The version of something stored as one row (a question, a budget, a contract): that row's ETag.</summary>
    public static Versie Enkel(ETag etag) => Uit([(EnkeleRij, etag)]);

    /// <summary>The ETag of the one row of <see cref="Enkel"/>; null for a token that is not such a version.</summary>
    public ETag? EnkeleETag => Van(EnkeleRij);

    /// <summary>
    /// The ETag a write of one row sends: that of <see cref="Enkel"/>, or, for a version that is missing or not one of
    /// ours, an ETag no row has, so the store refuses the write as stale, as it did a wrong ETag.
    /// </summary>
    public ETag EnkeleETagOfOnbekend => EnkeleETag ?? Onbekend;

    /// <summary>The names of the rows this version knows.</summary>
    public IEnumerable<string> Rijen => _rijen?.Keys ?? Enumerable.Empty<string>();

    /// <summary>The ETag of row <paramref name="rij"/> in this version; null when the version does not know that row.</summary>
    public ETag? Van(string rij) => _rijen is not null && _rijen.TryGetValue(rij, out var etag) ? new ETag(etag) : null;

    /// <summary>The ETag a write of row <paramref name="rij"/> sends: this version's, or for a row it does not know an ETag no row has (stale).</summary>
    public ETag VanOfOnbekend(string rij) => Van(rij) ?? Onbekend;

    public Versie Met(string rij, ETag etag) => Kopie(r => r[rij] = etag.ToString());

    public Versie Zonder(string rij) => Kopie(r => r.Remove(rij));

    /// <summary>The token: deflated "rij TAB etag" lines, base64url, quoted as an HTTP entity-tag.</summary>
    public override string ToString()
    {
        var tekst = string.Join('\n', (_rijen ?? new SortedDictionary<string, string>()).Select(r => $"{r.Key}\t{r.Value}"));
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(Encoding.UTF8.GetBytes(tekst));
        }
        return $"\"{Voorvoegsel}{Base64Url.EncodeToString(buffer.ToArray())}\"";
    }

    /// <summary>The version a client sent back; anything that is not a token of ours knows no row (so every write with it is stale).</summary>
    public static Versie Parse(string? token)
    {
        var waarde = (token ?? "").Trim();
        waarde = waarde.StartsWith("W/", StringComparison.Ordinal) ? waarde[2..] : waarde;
        waarde = waarde.Trim('"');
        if (!waarde.StartsWith(Voorvoegsel, StringComparison.Ordinal) || waarde.Length > 64 * 1024)
        {
            return Leeg;
        }
        try
        {
            using var gelezen = new DeflateStream(new MemoryStream(Base64Url.DecodeFromChars(waarde.AsSpan(Voorvoegsel.Length))), CompressionMode.Decompress);
            using var reader = new StreamReader(gelezen, Encoding.UTF8);
            // A token is a few hundred bytes per row; reading at most this much keeps a forged one from inflating without end.
            var tekens = new char[MaxTekens + 1];
            var gelezenTekens = reader.ReadBlock(tekens);
            if (gelezenTekens > MaxTekens)
            {
                return Leeg;
            }
            var rijen = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var regel in new string(tekens, 0, gelezenTekens).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var delen = regel.Split('\t');
                if (delen.Length != 2)
                {
                    return Leeg;
                }
                rijen[delen[0]] = delen[1];
            }
            return new Versie(rijen);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            return Leeg;
        }
    }

    public bool Equals(Versie other)
    {
        var rijen = _rijen;
        return Rijen.SequenceEqual(other.Rijen, StringComparer.Ordinal)
            && Rijen.All(r => string.Equals(rijen![r], other._rijen![r], StringComparison.Ordinal));
    }

    public override bool Equals(object? obj) => obj is Versie other && Equals(other);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    public static bool operator ==(Versie left, Versie right) => left.Equals(right);

    public static bool operator !=(Versie left, Versie right) => !left.Equals(right);

    private Versie Kopie(Action<SortedDictionary<string, string>> wijzig)
    {
        var rijen = _rijen is null ? new SortedDictionary<string, string>(StringComparer.Ordinal) : new SortedDictionary<string, string>(_rijen, StringComparer.Ordinal);
        wijzig(rijen);
        return new Versie(rijen);
    }
}
