using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Regio.Platform.Storage;

/// <summary>
/// A committed blob as a seekable stream that costs one GET when it is read front to back: the answer to that GET (which
/// also told its size and ETag, so no HEAD went first) is streamed as it arrives. A read anywhere else (a ZIP is read
/// from its end) goes through the SDK's OpenRead in blocks, with If-Match on the same ETag: if the blob changed, that
/// read fails rather than mixing two files. Never the whole file in memory.
/// </summary>
internal sealed class Blobleesstroom(BlobClient blob, ETag etag, long lengte, Stream antwoord) : Stream
{
    private const int Blok = 1024 * 1024;

    private Stream? _antwoord = antwoord;
    private Stream? _blokken;
    private long _positie;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => lengte;

    public override long Position
    {
        get => _positie;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        var nieuw = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _positie + offset,
            SeekOrigin.End => lengte + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        ArgumentOutOfRangeException.ThrowIfNegative(nieuw, nameof(offset));
        if (nieuw != _positie)
        {
            // The streamed answer only goes forward, from where it is.
            _antwoord?.Dispose();
            _antwoord = null;
        }
        _positie = nieuw;
        return nieuw;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var bron = _antwoord ?? Blokken(_blokken ??= blob.OpenRead(Opties()));
        var gelezen = bron.Read(buffer);
        _positie += gelezen;
        return gelezen;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var bron = _antwoord ?? Blokken(_blokken ??= await blob.OpenReadAsync(Opties(), cancellationToken).ConfigureAwait(false));
        var gelezen = await bron.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        _positie += gelezen;
        return gelezen;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _antwoord?.Dispose();
            _blokken?.Dispose();
        }
        base.Dispose(disposing);
    }

    private Stream Blokken(Stream blokken)
    {
        blokken.Position = _positie;
        return blokken;
    }

    private BlobOpenReadOptions Opties() => new(allowModifications: false)
    {
        BufferSize = Blok,
        Conditions = new BlobRequestConditions { IfMatch = etag },
    };
}
