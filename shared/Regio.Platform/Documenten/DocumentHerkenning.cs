using System.Buffers;
using System.Security.Cryptography;

namespace Regio.Platform.Documenten;

/// <summary>
/// Recognises a document's kind from its bytes alone, and measures and hashes it in the same pass. It takes no file
/// name on purpose: a name or extension is whatever the uploader typed, so it must play no part in the decision.
/// </summary>
public static class DocumentHerkenning
{
    // Long enough for the ODT rule, which reads the first ZIP entry (header, name and content) at offset 0.
    internal const int KopLengte = 128;

    private static ReadOnlySpan<byte> PdfMagie => "%PDF-"u8;
    private static ReadOnlySpan<byte> ZipMagie => "PK"u8;
    private static ReadOnlySpan<byte> CompoundFileMagie => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// Reads <paramref name="inhoud"/> from its current position to the end. A seekable stream at position 0 is
    /// inspected in place; any other stream is copied into memory first (never more than
    /// <paramref name="maximumBytes"/>), because a ZIP can only be read from its end. The stream is not disposed.
    /// </summary>
    public static async Task<DocumentUitslag> RecognizeAsync(Stream inhoud, long maximumBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximumBytes);
        if (!inhoud.CanRead)
            throw new ArgumentException("De stream moet leesbaar zijn.", nameof(inhoud));

        var inPlaats = inhoud.CanSeek && inhoud.Position == 0;
        if (inPlaats && inhoud.Length > maximumBytes)
            return new DocumentWeigering.TeGroot(maximumBytes);

        await using var kopie = inPlaats ? null : new MemoryStream();
        var gelezen = await ReadAsync(inhoud, kopie, maximumBytes, cancellationToken).ConfigureAwait(false);
        if (gelezen is null)
            return new DocumentWeigering.TeGroot(maximumBytes);
        var (grootte, sha256, kop) = gelezen.Value;

        if (grootte == 0)
            return new DocumentWeigering.Leeg();

        var bepaling = await BepaalSoortAsync(kop, kopie ?? inhoud, cancellationToken).ConfigureAwait(false);
        return bepaling.Weigering is { } weigering ? weigering : new DocumentControle(bepaling.Soort, grootte, sha256);
    }

    private static async Task<Bepaling> BepaalSoortAsync(byte[] kop, Stream zip, CancellationToken cancellationToken)
    {
        if (kop.AsSpan().StartsWith(PdfMagie))
            return Documentsoort.Pdf;
        if (kop.AsSpan().StartsWith(CompoundFileMagie))
            return new DocumentWeigering.Versleuteld();
        if (!kop.AsSpan().StartsWith(ZipMagie))
            return new DocumentWeigering.OnbekendeSoort();

        zip.Position = 0;
        return await ZipDocumentHerkenning.RecognizeAsync(kop, zip, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Hashes and counts every byte, keeps the first <see cref="KopLengte"/>; null once the maximum is passed.</summary>
    private static async Task<(long Grootte, string Sha256, byte[] Kop)?> ReadAsync(
        Stream bron, Stream? kopie, long maximumBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            var kop = new List<byte>(KopLengte);
            long grootte = 0;
            int n;
            while ((n = await bron.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                grootte += n;
                // Stop as soon as the limit is passed, so an endless or huge upload costs no more than the limit.
                if (grootte > maximumBytes)
                    return null;
                hash.AppendData(buffer, 0, n);
                if (kop.Count < KopLengte)
                    kop.AddRange(buffer.AsSpan(0, Math.Min(n, KopLengte - kop.Count)));
                if (kopie is not null)
                    await kopie.WriteAsync(buffer.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
            }
            return (grootte, Convert.ToHexStringLower(hash.GetHashAndReset()), kop.ToArray());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

/// <summary>A recognised kind or the refusal, before size and hash are attached.</summary>
internal readonly record struct Bepaling(Documentsoort Soort, DocumentWeigering? Weigering)
{
    public static implicit operator Bepaling(Documentsoort soort) => new(soort, null);

    public static implicit operator Bepaling(DocumentWeigering weigering) => new(default, weigering);
}
