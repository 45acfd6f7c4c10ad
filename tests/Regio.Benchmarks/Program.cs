using BenchmarkDotNet.Running;
using Regio.Benchmarks;

// dotnet run -c Release --project tests/Regio.Benchmarks -- --filter '*'
// With --lege-app this program is instead the empty ASP.NET Core app that the cold-start benchmark starts as its baseline.
if (LegeApp.IsGevraagd(args))
{
    LegeApp.Run(args);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(LegeApp).Assembly).Run(args);
