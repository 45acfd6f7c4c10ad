namespace Regio.Platform.Trajecten.Stukken;

/// <summary>An upload as a stream that can be read twice: once to recognise the file, once to store it.</summary>
internal static class SeekbareInhoud
{
    /// <summary>
    /// Null when <paramref name="inhoud"/> can be read in place (seekable, at its start, as an uploaded form file is);
    /// otherwise a temporary file with its bytes (up to one past the maximum, which is enough to refuse it), never memory.
    /// </summary>
    public static async Task<Stream?> KopieAsync(Stream inhoud, long maximumBytes, CancellationToken ct)
    {
        if (inhoud.CanSeek && inhoud.Position == 0)
            return null;
        var kopie = new FileStream(Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            var buffer = new byte[81920];
            long gelezen = 0;
            int n;
            while (gelezen <= maximumBytes && (n = await inhoud.ReadAsync(buffer.AsMemory(), ct).ConfigureAwait(false)) > 0)
            {
                gelezen += n;
                await kopie.WriteAsync(buffer.AsMemory(0, n), ct).ConfigureAwait(false);
            }
            kopie.Position = 0;
            return kopie;
        }
        catch
        {
            await kopie.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
