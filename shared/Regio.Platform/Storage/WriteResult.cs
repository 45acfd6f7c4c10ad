using Azure;

namespace Regio.Platform.Storage;

/// <summary>What <see cref="ChangeWriter"/> did with a change: every outcome a caller must answer, and nothing else.</summary>
public abstract record WriteResult
{
    private WriteResult() { }

    /// <summary>Every row and the audit event are stored; <paramref name="Versies"/> are the rows' new versions, in order.</summary>
    public sealed record Written(IReadOnlyList<ETag> Versies) : WriteResult;

    /// <summary>
    /// Row <paramref name="Index"/> (<paramref name="RowKey"/>) refused, so nothing was written: it exists already, it was
    /// changed since it was read, or it is gone.
    /// </summary>
    public sealed record Conflict(int Index, string RowKey, ConflictReden Reden) : WriteResult;

    /// <summary>Row <paramref name="Index"/> cannot be stored as it is (too large, a key storage refuses); nothing was written.</summary>
    public sealed record Rejected(int Index, string RowKey, string Code) : WriteResult;

    /// <summary>So many writers appended to the same chain at once that this one kept losing; nothing was written. Try again shortly.</summary>
    public sealed record Busy(TimeSpan RetryAfter) : WriteResult;

    /// <summary>Storage did not answer; nothing was written (a transaction is all or nothing).</summary>
    public sealed record Unavailable(string Reden) : WriteResult;

    /// <summary>
    /// The versions when written. A conflict or rejection is the caller's to answer and answers null; busy and
    /// unavailable are not, and throw <see cref="StorageUnavailableException"/>, which the host answers 503 with Retry-After.
    /// </summary>
    public IReadOnlyList<ETag>? VersiesOfNull() => this switch
    {
        Written w => w.Versies,
        Conflict or Rejected => null,
        Busy b => throw new StorageUnavailableException("Te veel gelijktijdige wijzigingen aan hetzelfde onderdeel.", b.RetryAfter),
        Unavailable u => throw new StorageUnavailableException(u.Reden, StorageUnavailableException.DefaultRetryAfter),
        _ => throw new InvalidOperationException(),
    };
}

public enum ConflictReden
{
    /// <summary>A row that had to be new exists already.</summary>
    BestaatAl,

    /// <summary>The row changed since it was read (its version is not the one the caller read).</summary>
    Verouderd,

    /// <summary>A row that had to be replaced or deleted is gone.</summary>
    Weg,
}

/// <summary>Storage cannot take the change now; the caller should try again after <see cref="RetryAfter"/>.</summary>
public sealed class StorageUnavailableException : Exception
{
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);

    public StorageUnavailableException() : this("Opslag niet bereikbaar.", DefaultRetryAfter) { }

    public StorageUnavailableException(string message) : this(message, DefaultRetryAfter) { }

    public StorageUnavailableException(string message, Exception innerException) : base(message, innerException) => RetryAfter = DefaultRetryAfter;

    public StorageUnavailableException(string message, TimeSpan retryAfter) : base(message) => RetryAfter = retryAfter;

    public TimeSpan RetryAfter { get; }
}
