namespace Regio.Platform.Tests.Documenten;

/// <summary>Behaves like an HTTP request body or a blob download: it can only be read forward, once.</summary>
internal sealed class AlleenVooruitStream(byte[] inhoud) : Stream
{
    private readonly MemoryStream _inhoud = new(inhoud);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => _inhoud.Read(buffer, offset, count);
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _inhoud.Dispose();
        base.Dispose(disposing);
    }
}
