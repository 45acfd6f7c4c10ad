using System.Diagnostics.Metrics;

namespace Regio.Platform.Tests.Audit;

/// <summary>
/// Records what one counter of meters made by <paramref name="factory"/> measured: only that factory's meters, so
/// tests running side by side with their own factories do not see each other's measurements.
/// </summary>
public sealed class CounterRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<(long Value, IReadOnlyDictionary<string, object?> Tags)> _measurements = [];

    public CounterRecorder(IMeterFactory factory, string meter, string instrument)
    {
        _listener.InstrumentPublished = (i, listener) =>
        {
            if (ReferenceEquals(i.Meter.Scope, factory) && i.Meter.Name == meter && i.Name == instrument)
            {
                listener.EnableMeasurementEvents(i);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }
            lock (_measurements)
            {
                _measurements.Add((value, copy));
            }
        });
        _listener.Start();
    }

    public IReadOnlyList<(long Value, IReadOnlyDictionary<string, object?> Tags)> Measurements
    {
        get
        {
            lock (_measurements)
            {
                return [.. _measurements];
            }
        }
    }

    public void Dispose() => _listener.Dispose();
}
