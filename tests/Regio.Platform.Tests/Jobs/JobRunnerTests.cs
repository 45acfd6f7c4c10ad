using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Regio.Platform.Jobs;
using Regio.Tests;

namespace Regio.Platform.Tests.Jobs;

/// <summary>How every background job runs, whoever starts it: one at a time, with its outcome kept for the beheerder.</summary>
public sealed class JobRunnerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly TestStorage _storage = new(azurite);
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly Proeftaak _taak = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JobRunStore Runs => new(_storage.Clients);

    private JobRunner Runner => new([_taak], new JobLock(_storage.Clients), Runs, _storage.Time, _services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(),
        NullLogger<JobRunner>.Instance);

    public async ValueTask InitializeAsync() => await _storage.Initializer.EnsureCreatedAsync(Ct);

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task A_run_keeps_its_outcome_and_who_started_it_newest_first()
    {
        await Runner.RunAsync(_taak, JobTrigger.Schema, Ct);
        _storage.Time.Advance(TimeSpan.FromHours(1));
        await Runner.RunAsync(_taak, JobTrigger.Beheerder("Rosa Meijer (demo)"), Ct);

        var runs = await Runs.ListLatestAsync(_taak.Name, 5, Ct);

        Assert.Equal(["Rosa Meijer (demo)", "schema"], runs.Select(r => r.Door));
        Assert.All(runs, r => Assert.Equal(JobStatus.Gedaan, r.Status));
        Assert.Equal("Proef 2 gedaan.", runs[0].Samenvatting);
        Assert.Equal(["bijzonderheid 2"], runs[0].Bijzonderheden);
    }

    [Fact]
    public async Task While_another_instance_holds_the_jobs_lock_a_run_does_nothing_and_stores_nothing()
    {
        await using (var elders = await new JobLock(_storage.Clients).TryAcquireAsync(_taak.Name, Ct))
        {
            Assert.NotNull(elders);

            var run = await Runner.RunAsync(_taak, JobTrigger.Beheerder("Rosa Meijer (demo)"), Ct);

            Assert.Equal(JobStatus.AlBezig, run.Status);
            Assert.Equal(0, _taak.Keren);
            Assert.Empty(await Runs.ListLatestAsync(_taak.Name, 5, Ct));
        }

        var daarna = await Runner.RunAsync(_taak, JobTrigger.Schema, Ct);
        Assert.True(daarna.Status == JobStatus.Gedaan, "Na het vrijgeven van het slot hoort de taak weer te kunnen lopen.");
    }

    [Fact]
    public async Task A_failing_job_is_stored_as_failed_and_releases_its_lock_for_the_next_run()
    {
        _taak.Faalt = true;
        var mislukt = await Runner.RunAsync(_taak, JobTrigger.Schema, Ct);
        _taak.Faalt = false;
        // Runs that start in the same tick have no order; the next scheduled run is a while later.
        _storage.Time.Advance(TimeSpan.FromMinutes(1));
        var volgende = await Runner.RunAsync(_taak, JobTrigger.Schema, Ct);

        Assert.Equal((JobStatus.Mislukt, true), (mislukt.Status, mislukt.VraagtAandacht));
        Assert.Equal(JobStatus.Gedaan, volgende.Status);
        Assert.Equal([JobStatus.Gedaan, JobStatus.Mislukt], (await Runs.ListLatestAsync(_taak.Name, 5, Ct)).Select(r => r.Status));
    }

    private sealed class Proeftaak : IScheduledJob
    {
        public int Keren { get; private set; }

        public bool Faalt { get; set; }

        public string Name => "proef";

        public string Titel => "Proeftaak";

        public string Omschrijving => "Telt hoe vaak hij liep.";

        public string Schedule => "0 0 * * * *";

        public Task<JobOutcome> RunAsync(CancellationToken cancellationToken)
        {
            if (Faalt)
            {
                throw new InvalidOperationException("Proeftaak faalt zoals gevraagd.");
            }
            Keren++;
            return Task.FromResult(JobOutcome.Gedaan($"Proef {Keren} gedaan.", $"bijzonderheid {Keren}"));
        }
    }
}
