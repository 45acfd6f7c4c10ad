using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Regio.Functions.Tests.Trajecten;
using Regio.Functions.Tests.Trajecten.Inschrijvingen;
using Regio.Functions.Tests.Trajecten.Stukken;

namespace Regio.Functions.Tests.Spine;

/// <summary>A receipt as the aanbieder got it back.</summary>
internal sealed record Bewijs(DemoAanbieder Aanbieder, string BewijsId, int Versie, DateTimeOffset Tijdstip, string UploadId);

/// <summary>
/// One perceel of Haarlem with a submission moment, and the made-up aanbieders with their files uploaded ahead (as a
/// browser does while the form is filled in). <see cref="StormAsync"/> is the last minute: every aanbieder presses submit
/// at once, those in <see cref="Dubbel"/> twice with different files, while the app's clock runs from one minute before
/// the deadline at the pace of the wall clock.
/// </summary>
internal sealed class Deadlinestorm(RegioAppFactory app, FakeTimeProvider klok, string traject, DateTimeOffset sluiting)
{
    public const string Document = "Plan van aanpak";

    private readonly Dictionary<string, List<Upload>> _uploads = [];

    public RegioAppFactory App => app;

    public string Traject => traject;

    public DateTimeOffset Sluiting => sluiting;

    public IReadOnlyList<DemoAanbieder> Aanbieders { get; private set; } = [];

    public IReadOnlySet<string> Dubbel { get; private set; } = new HashSet<string>();

    public Antwoorden Antwoorden { get; } = new();

    /// <summary>Submissions refused because the same aanbieder's other submission was written at that moment, sent again.</summary>
    public int Tegelijk;

    public static async Task<Deadlinestorm> MaakAsync(RegioAppFactory app, FakeTimeProvider klok, string traject, int aanbieders, int dubbel, CancellationToken ct)
    {
        var inkoper = app.ClientAs("haarlem-inkoper");
        await GepubliceerdTraject.MaakAsync(inkoper, traject, "Openbaar", ["Ambulante begeleiding (demo)"], aankondigen: true, ct);
        var sluiting = new DateTimeOffset(klok.GetUtcNow().UtcDateTime.Date.AddDays(3).AddHours(11), TimeSpan.Zero);
        await Indienen.StelMomentVastAsync(inkoper, traject, sluiting, [Document], ct);
        var storm = new Deadlinestorm(app, klok, traject, sluiting)
        {
            Aanbieders = await DemoAanbieders.RegistreerAsync(app, traject, aanbieders, ct),
        };
        storm.Dubbel = storm.Aanbieders.Take(dubbel).Select(a => a.Id).ToHashSet();
        using var gelijktijdig = new SemaphoreSlim(24);
        var uploads = await Task.WhenAll(storm.Aanbieders.Select(async a =>
        {
            await gelijktijdig.WaitAsync(ct);
            try
            {
                var bestanden = new List<Upload>();
                for (var versie = 1; versie <= (storm.Dubbel.Contains(a.Id) ? 2 : 1); versie++)
                    bestanden.Add(await Indienen.UploadAsync(a.Client, traject, Document, $"plan-{versie}.pdf", Testbestanden.Pdf($"{a.Naam} {versie}"), ct));
                return (a.Id, bestanden);
            }
            finally
            {
                gelijktijdig.Release();
            }
        }));
        foreach (var (id, bestanden) in uploads)
            storm._uploads[id] = bestanden;
        return storm;
    }

    /// <summary>Everyone submits at once; returns every receipt and how long each submit took, retries included.</summary>
    public async Task<(IReadOnlyList<Bewijs> Bewijzen, IReadOnlyList<TimeSpan> Duren)> StormAsync(CancellationToken ct)
    {
        klok.SetUtcNow(sluiting.AddMinutes(-1));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var tijd = LaatTijdLopenAsync(stop.Token);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bewijzen = new ConcurrentBag<Bewijs>();
        var duren = new ConcurrentBag<TimeSpan>();
        var indieningen = Aanbieders.SelectMany(a => _uploads[a.Id].Select(u => Task.Run(async () =>
        {
            await start.Task;
            var duur = Stopwatch.StartNew();
            if (await DienInAsync(a, u, ct) is { } bewijs)
                bewijzen.Add(bewijs);
            duren.Add(duur.Elapsed);
        }, ct))).ToList();
        start.SetResult();
        await Task.WhenAll(indieningen);
        await stop.CancelAsync();
        await tijd;
        return (bewijzen.ToList(), duren.ToList());
    }

    /// <summary>Submits one file; a refusal because the same aanbieder's other submission was written just then is sent again.</summary>
    public async Task<Bewijs?> DienInAsync(DemoAanbieder a, Upload upload, CancellationToken ct)
    {
        for (var poging = 1; poging <= 5; poging++)
        {
            using var response = await Antwoorden.VerstuurAsync(a.Client, () => new HttpRequestMessage(HttpMethod.Post, $"{Indienen.Pad(traject)}/momenten/inschrijving/indieningen")
            {
                Content = JsonContent.Create(new { bestanden = new[] { new { document = upload.Document, uploadId = upload.UploadId, bestandsnaam = upload.Bestandsnaam, grootte = upload.Grootte, sha256 = upload.Sha256 } } }),
            }, ct);
            var tekst = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                var json = JsonDocument.Parse(tekst).RootElement;
                return new Bewijs(a, json.GetProperty("bewijsId").GetString()!, json.GetProperty("versie").GetInt32(), json.GetProperty("tijdstip").GetDateTimeOffset(), upload.UploadId);
            }
            if (response.StatusCode != HttpStatusCode.Conflict || !tekst.Contains("Tegelijk met u", StringComparison.Ordinal))
                return null;
            Interlocked.Increment(ref Tegelijk);
        }
        return null;
    }

    // The last minute passes as it would: the app's clock follows the wall clock, and stops a second before the deadline
    // so that a slow machine fails on the figures it prints rather than on a deadline that passed during the test.
    private async Task LaatTijdLopenAsync(CancellationToken stop)
    {
        var begin = klok.GetUtcNow();
        var verstreken = Stopwatch.StartNew();
        while (!stop.IsCancellationRequested)
        {
            var nu = begin + verstreken.Elapsed;
            var grens = sluiting.AddSeconds(-1);
            klok.SetUtcNow(nu < grens ? nu : grens);
            try
            {
                await Task.Delay(50, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
