using Microsoft.Extensions.Logging;

namespace Regio.Platform.Tests.Audit;

/// <summary>Keeps every entry with its level and template values, so a test can say what was logged.</summary>
public sealed class CollectingLogger<T> : ILogger<T>
{
    private readonly List<Entry> _entries = [];

    public IReadOnlyList<Entry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        lock (_entries)
        {
            _entries.Add(new Entry(logLevel, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value)));
        }
    }

    public sealed record Entry(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values);
}
