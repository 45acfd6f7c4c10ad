using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Regio.Functions.Tests.Trajecten.Inschrijvingen;
using Regio.Tests;

namespace Regio.Functions.Tests.Spine;

/// <summary>
/// The deadline rush (issue 17): 300 aanbieders submit to one perceel over HTTP in the last minute, all at once, and 30
/// of them twice at the same time with different files. Each gets a receipt timed before the deadline, nobody gets a
/// server error, and of the double submitters the last version is the one that counts.
/// </summary>
public class DeadlineRushTests(AzuriteFixture azurite)
{
    private const int Aanbieders = 300;
    private const int Dubbel = 30;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Three_hundred_aanbieders_submitting_at_once_in_the_last_minute_each_get_a_receipt_before_the_deadline_and_the_last_version_counts()
    {
        var klok = Testklok.VanafNu();
        await using var app = await new RegioAppFactory(azurite) { Klok = klok }.LoadDemoDataAsync();
        var voorbereiding = Stopwatch.StartNew();
        var storm = await Deadlinestorm.MaakAsync(app, klok, "deadline-rush", Aanbieders, Dubbel, Ct);
        var duur = Stopwatch.StartNew();
        var (bewijzen, duren) = await storm.StormAsync(Ct);
        var gemeten = $"{Aanbieders} aanbieders ({Dubbel} dubbel) in {duur.Elapsed.TotalSeconds:F1} s na {voorbereiding.Elapsed.TotalSeconds - duur.Elapsed.TotalSeconds:F1} s voorbereiding; " +
            $"p50 {Percentiel(duren, 0.50):F0} ms, p99 {Percentiel(duren, 0.99):F0} ms; antwoorden {storm.Antwoorden.Samenvatting}; opnieuw na 'tegelijk': {storm.Tegelijk}";
        TestContext.Current.TestOutputHelper?.WriteLine(gemeten);

        Assert.True(storm.Antwoorden.Fouten.Count == 0, $"Serverfouten: {string.Join(Environment.NewLine, storm.Antwoorden.Fouten.Take(5))} ({gemeten})");
        var zonder = storm.Aanbieders.Where(a => bewijzen.All(b => b.Aanbieder != a)).Select(a => a.Id).ToList();
        Assert.True(zonder.Count == 0 && bewijzen.Count == Aanbieders + Dubbel, $"{bewijzen.Count} ontvangstbevestigingen; zonder: {string.Join(", ", zonder.Take(10))} ({gemeten})");
        Assert.All(bewijzen, b => Assert.True(b.Tijdstip < storm.Sluiting, $"{b.Aanbieder.Id} kreeg een bewijs van {b.Tijdstip:O}, de sluiting is {storm.Sluiting:O}"));

        var inkoper = await app.ClientAs("haarlem-inkoper").GetStringAsync(Indienen.Pad(storm.Traject), Ct);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"\"aantal\":{Aanbieders}"), inkoper, StringComparison.Ordinal);
        foreach (var a in storm.Aanbieders.Where(a => storm.Dubbel.Contains(a.Id)))
        {
            var laatste = bewijzen.Where(b => b.Aanbieder == a).MaxBy(b => b.Versie)!;
            var eigen = JsonDocument.Parse(await a.Client.GetStringAsync(Indienen.Pad(storm.Traject), Ct)).RootElement.GetProperty("momenten")[0].GetProperty("eigen");
            Assert.True(laatste.Versie == 2 && eigen.GetProperty("geldend").GetString() == laatste.BewijsId,
                $"{a.Id}: geldend is {eigen.GetProperty("geldend")}, het laatste bewijs is versie {laatste.Versie} ({laatste.BewijsId})");
        }
    }

    internal static double Percentiel(IReadOnlyList<TimeSpan> duren, double p)
    {
        var gesorteerd = duren.Select(d => d.TotalMilliseconds).Order().ToList();
        return gesorteerd[Math.Clamp((int)Math.Ceiling(p * gesorteerd.Count) - 1, 0, gesorteerd.Count - 1)];
    }
}
