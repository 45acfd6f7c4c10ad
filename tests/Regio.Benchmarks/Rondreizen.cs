using System.Diagnostics;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Regio.Benchmarks;

/// <summary>
/// Counts storage round trips: every HTTP request the process sends (the Azure SDK speaks HTTP through HttpClient, whose
/// "System.Net.Http" activity marks each request), so nothing in the app has to know it is measured. A benchmark's
/// setup counts one call and leaves the number in a file; <see cref="RondreizenKolom"/> shows it in the summary.
/// </summary>
internal sealed class Rondreizen : IDisposable
{
    private readonly ActivityListener _listener;
    private int _aantal;

    public Rondreizen()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = _ => Interlocked.Increment(ref _aantal),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public static async Task<int> TelAsync(Func<Task> aanroep)
    {
        using var teller = new Rondreizen();
        await aanroep();
        return Volatile.Read(ref teller._aantal);
    }

    public static string Bestand(string benchmark, int trajecten) =>
        Path.Combine(Path.GetTempPath(), "regio-benchmarks", $"{benchmark}-{trajecten}.txt");

    public static void Bewaar(string benchmark, int trajecten, int aantal)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Bestand(benchmark, trajecten))!);
        File.WriteAllText(Bestand(benchmark, trajecten), aantal.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine($"// Rondreizen {benchmark} met {trajecten} trajecten: {aantal}");
    }

    public void Dispose() => _listener.Dispose();
}

/// <summary>The round trips that the benchmark's setup counted for one call, read back in the summary.</summary>
internal sealed class RondreizenKolom : IColumn
{
    public string Id => nameof(RondreizenKolom);

    public string ColumnName => "Round trips";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Storage requests (HTTP) of one call, counted in the benchmark's setup";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var trajecten = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(RegiostatusBenchmarks.Trajecten))?.Value;
        var bestand = Rondreizen.Bestand(benchmarkCase.Descriptor.WorkloadMethod.Name, Convert.ToInt32(trajecten, System.Globalization.CultureInfo.InvariantCulture));
        return File.Exists(bestand) ? File.ReadAllText(bestand) : "?";
    }
}
