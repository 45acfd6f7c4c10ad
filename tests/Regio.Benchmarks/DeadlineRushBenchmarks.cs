using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Storage.Blobs.Specialized;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform;
using Regio.Platform.Demo;
using Regio.Platform.Storage.Development;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Benchmarks;

/// <summary>
/// The deadline rush (issue 17) against one submit alone, on the same Azurite in one run: <see cref="Rush"/> has 300
/// made-up aanbieders submit to one perceel at the same moment, <see cref="EenTegelijk"/> has 30 submit one after another.
/// Each submit is timed on its own; <see cref="LatentieKolom"/> shows p50 and p99 of each and p99(rush)/p50(single),
/// whose goal is at most 3, and the share of submits that got a receipt. The use case is called as the endpoint calls it
/// (JWT and HTTP are left out: this project does not host the app).
/// </summary>
[Config(typeof(Instellingen))]
public class DeadlineRushBenchmarks
{
    public const int Aanbieders = 300;
    public const int Alleen = 30;

    private AzuriteProcess _azurite = null!;
    private ServiceProvider _services = null!;
    private Actor _inkoper = null!;
    private int _traject;
    private int _iteratie;
    private (Actor Aanbieder, InTeDienenBestand Bestand)[] _klaar = [];
    private TrajectId _id;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(RepoRoot.Find(AppContext.BaseDirectory), AzuriteProcess.FreePorts(), location: null, CancellationToken.None);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = _azurite.ConnectionString }).Build();
        _services = new ServiceCollection().AddLogging().AddMetrics().AddRegioPlatform(configuration).BuildServiceProvider();
        var data = await DemoDataSet.ReadAsync(RepoRoot.FindDemoData(AppContext.BaseDirectory) ?? throw new FileNotFoundException(RepoRoot.DemoDataRelativePath), CancellationToken.None);
        await _services.GetRequiredService<DemoDataLoader>().LoadAsync(data, CancellationToken.None);
        var demo = DemoOrganisaties.Lees();
        var anna = demo.Gebruikers.Single(g => g.Id == "haarlem-inkoper");
        _inkoper = await _services.GetRequiredService<ActorResolver>().ResolveAsync(demo.TenantVan(anna, demo.Organisaties(data.Regio)), anna.ObjectId, anna.Naam, CancellationToken.None)
            ?? throw new InvalidOperationException("Inkoper niet gevonden.");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _services.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [IterationSetup(Target = nameof(Rush))]
    public void SetupRush() => BereidVoor(nameof(Rush), Aanbieders);

    [IterationSetup(Target = nameof(EenTegelijk))]
    public void SetupSingle() => BereidVoor(nameof(EenTegelijk), Alleen);

    [Benchmark(Description = "Rush: 300 tegelijk")]
    public async Task Rush()
    {
        (double, bool)[] metingen = [];
        var duur = Stopwatch.StartNew();
        var verzoeken = await Rondreizen.TelAsync(async () => metingen = await Task.WhenAll(_klaar.Select(k => Task.Run(() => DienInAsync(k.Aanbieder, k.Bestand)))));
        // Where the time goes: with every submit queued at once, the last one waits for all storage requests before it.
        Console.WriteLine($"// Rush: {verzoeken} opslagverzoeken ({(double)verzoeken / _klaar.Length:F1} per indiening) in {duur.Elapsed.TotalSeconds:F1} s: {verzoeken / duur.Elapsed.TotalSeconds:F0} per seconde");
        Bewaar(nameof(Rush), metingen);
    }

    [Benchmark(Baseline = true, Description = "Single: één tegelijk")]
    public async Task EenTegelijk()
    {
        var metingen = new List<(double, bool)>();
        foreach (var (aanbieder, bestand) in _klaar)
            metingen.Add(await DienInAsync(aanbieder, bestand));
        Bewaar(nameof(EenTegelijk), metingen);
    }

    private async Task<(double Ms, bool Bewijs)> DienInAsync(Actor aanbieder, InTeDienenBestand bestand)
    {
        var duur = Stopwatch.StartNew();
        var uitkomst = await _services.GetRequiredService<InschrijvingIndienen>().SubmitAsync(aanbieder, _id, 1, Momentsoort.Inschrijving, [bestand], CancellationToken.None);
        return (duur.Elapsed.TotalMilliseconds, uitkomst is Uitkomst<Ontvangstbevestiging>.Gelukt);
    }

    // The first (warm-up) iteration of each benchmark is left out of the figures.
    private void Bewaar(string benchmark, IEnumerable<(double Ms, bool Bewijs)> metingen)
    {
        if (_iteratie > 1)
            Latenties.Voeg(benchmark, metingen);
    }

    /// <summary>A new traject with its moment, and <paramref name="aantal"/> aanbieders with their file uploaded.</summary>
    private void BereidVoor(string benchmark, int aantal) => Task.Run(async () =>
    {
        _iteratie = _klaar.Length == aantal ? _iteratie + 1 : 1;
        // In process, every benchmark runs the global setup again: each starts its own figures on its first iteration.
        if (_iteratie == 1)
            Latenties.Wis(benchmark);
        var aanmaken = _services.GetRequiredService<TrajectAanmaken>();
        _id = new TrajectId($"rush-{++_traject}");
        var versie = Gelukt(await aanmaken.CreateAsync(_inkoper, new NieuwTraject(_id.Value, "Deadline rush (demo)", "gemeente:haarlem", null, Procedure.Openbaar,
            Domain.Budgetten.Domein.Wmo, new Contractvoorwaarden(6, [3], Bekostiging.Taakgericht), ["Ambulante begeleiding (demo)"]), CancellationToken.None));
        versie = Gelukt(await _services.GetRequiredService<DossierVastleggen>().SaveAsync(_inkoper, _id, 1, new Feit.AankondigingGepubliceerd(versie.Peildatum), versie.Versie, CancellationToken.None));
        Gelukt(await _services.GetRequiredService<FaseWijzigen>().ChangeAsync(_inkoper, _id, 1, Fase.Aangekondigd, versie.Versie, CancellationToken.None));
        Gelukt(await _services.GetRequiredService<Momentvaststelling>().SaveAsync(_inkoper, _id, 1, Momentsoort.Inschrijving, ["Plan van aanpak"], DateTimeOffset.UtcNow.AddDays(10), null, CancellationToken.None));
        var machtigen = _services.GetRequiredService<UploadMachtigen>();
        using var gelijktijdig = new SemaphoreSlim(8);
        _klaar = await Task.WhenAll(Enumerable.Range(1, aantal).Select(async n =>
        {
            await gelijktijdig.WaitAsync();
            try
            {
                return await UploadAsync(machtigen, n);
            }
            finally
            {
                gelijktijdig.Release();
            }
        }));
    }).GetAwaiter().GetResult();

    private async Task<(Actor, InTeDienenBestand)> UploadAsync(UploadMachtigen machtigen, int n)
    {
        var id = $"demo-rush-{_traject}-{n:D3}";
        var organisatie = new Registratie(id, OrganisatieSoort.Aanbieder, $"Rushzorg {n:D3} (demo)", Guid.NewGuid(), $"{90000000 + n}", false, null).AlsOrganisatie();
        var aanbieder = new Actor(organisatie.TenantId!.Value, Guid.NewGuid(), $"Medewerker {n:D3} (demo)", organisatie, new HashSet<Rol> { Rol.Medewerker, Rol.Tekenbevoegde });
        var pdf = Pdf.Maak($"{id}");
        var machtiging = Gelukt(await machtigen.GrantAsync(aanbieder, _id, 1, Momentsoort.Inschrijving, "Plan van aanpak", "plan.pdf", pdf.Length, null, CancellationToken.None));
        await new BlockBlobClient(machtiging.Uri).UploadAsync(new MemoryStream(pdf));
        return (aanbieder, new InTeDienenBestand("Plan van aanpak", machtiging.UploadId, "plan.pdf", pdf.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf))));
    }

    private static T Gelukt<T>(Uitkomst<T> uitkomst) =>
        uitkomst is Uitkomst<T>.Gelukt g ? g.Waarde : throw new InvalidOperationException($"Voorbereiding mislukt: {uitkomst}");

    // In process, as KoudeStartBenchmarks: no generated project to build, which would compile the whole app once more.
    private sealed class Instellingen : ManualConfig
    {
        public Instellingen()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1)
                .WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(new LatentieKolom());
        }
    }
}
