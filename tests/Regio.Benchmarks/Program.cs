using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Regio.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
