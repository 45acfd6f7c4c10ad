using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Regio.Benchmarks;

/// <summary>
/// Each timed call of a benchmark, kept in a file: the benchmark runs in its own process, the summary in this one.
/// A line is the call's milliseconds and whether it got what it asked for (a receipt).
/// </summary>
internal static class Latenties
{
    public static string Bestand(string benchmark) => Path.Combine(Path.GetTempPath(), "regio-benchmarks", $"latenties-{benchmark}.txt");

    public static void Wis(string benchmark)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Bestand(benchmark))!);
        File.WriteAllText(Bestand(benchmark), "");
    }

    public static void Voeg(string benchmark, IEnumerable<(double Ms, bool Gelukt)> metingen) =>
        File.AppendAllLines(Bestand(benchmark), metingen.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Ms:F3} {(m.Gelukt ? 1 : 0)}")));

    public static (double P50, double P99, double Gelukt, int Aantal)? Lees(string benchmark)
    {
        if (!File.Exists(Bestand(benchmark)))
            return null;
        var regels = File.ReadAllLines(Bestand(benchmark)).Where(r => r.Length > 0).Select(r => r.Split(' ')).ToList();
        if (regels.Count == 0)
            return null;
        var ms = regels.Select(r => double.Parse(r[0], CultureInfo.InvariantCulture)).Order().ToList();
        double Percentiel(double p) => ms[Math.Clamp((int)Math.Ceiling(p * ms.Count) - 1, 0, ms.Count - 1)];
        return (Percentiel(0.50), Percentiel(0.99), regels.Count(r => r[1] == "1") / (double)regels.Count, regels.Count);
    }
}

/// <summary>p50 and p99 of the single calls, the share that succeeded, and for the rush p99(rush)/p50(single).</summary>
internal sealed class LatentieKolom : IColumn
{
    public string Id => nameof(LatentieKolom);

    public string ColumnName => "Per submit: p50 / p99 / gelukt / p99÷p50(single)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Latency of each submit within an iteration (warm-up left out), the share with a receipt, and the rush's p99 over a single submit's p50 (goal <= 3)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var naam = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (Latenties.Lees(naam) is not { } eigen)
            return "?";
        var tekst = string.Create(CultureInfo.InvariantCulture, $"{eigen.P50:F0} ms / {eigen.P99:F0} ms / {eigen.Gelukt:P0} van {eigen.Aantal}");
        return naam == nameof(DeadlineRushBenchmarks.Rush) && Latenties.Lees(nameof(DeadlineRushBenchmarks.EenTegelijk)) is { } alleen
            ? tekst + string.Create(CultureInfo.InvariantCulture, $" / {eigen.P99 / alleen.P50:F1}x")
            : tekst;
    }
}
