using Microsoft.AspNetCore.Builder;

namespace Regio.Benchmarks;

/// <summary>
/// The baseline of <see cref="KoudeStartBenchmarks"/>: an ASP.NET Core app with nothing but /health, started the same way
/// as Regio (`dotnet app.dll`, its address in ASPNETCORE_URLS). Kept apart from BenchmarkDotNet so that it loads none of it.
/// </summary>
internal static class LegeApp
{
    public const string Argument = "--lege-app";

    public static bool IsGevraagd(string[] args) => args.Length > 0 && args[0] == Argument;

    public static void Run(string[] args)
    {
        var app = WebApplication.CreateBuilder(args[1..]).Build();
        app.MapGet("/health", () => "gezond");
        app.Run();
    }
}
