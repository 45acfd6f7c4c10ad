using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Regio.Functions.Tests.Trajecten;
using Regio.Platform.Storage;
using Regio.Tests;

namespace Regio.Functions.Tests.Spine;

/// <summary>
/// Fifty people write to one traject of Haarlem at the same moment (issue 17): twenty move each their own perceel to the
/// next phase, fifteen plan a milestone, fifteen aanbieders ask a question. Who gets 412 or 409 reads again and retries,
/// as a client does. No change may be lost, nobody may get a server error, and every audit chain verifies afterwards.
/// </summary>
public class ConcurrentWritersTests(AzuriteFixture azurite)
{
    private const string Traject = "vijftig-schrijvers";
    private const int Fasewisselingen = 20;
    private const int Mijlpalen = 15;
    private const int Vragen = 15;
    private const int Pogingen = 60;

    private static readonly string[] Vragenstellers = ["jeugdzorg-tekenbevoegde", "thuishulp-medewerker", "duinstreek-medewerker"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fifty_concurrent_writers_on_one_traject_lose_no_change_get_no_server_error_and_leave_every_audit_chain_whole()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var percelen = Enumerable.Range(1, Fasewisselingen + 1).Select(n => $"Perceel {n} (demo)").ToArray();
        var etag = await GepubliceerdTraject.MaakAsync(inkoper, Traject, "Openbaar", percelen, aankondigen: false, Ct);
        // Perceel 1 is announced first, so that the traject is published and aanbieders may ask.
        await GepubliceerdTraject.PostAsync(inkoper, $"/api/trajecten/{Traject}/percelen/1/fase", new { naar = "Aangekondigd" }, etag, Ct);
        var antwoorden = new Antwoorden();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var schrijvers = Enumerable.Range(2, Fasewisselingen).Select(perceel => Task.Run(async () =>
        {
            await start.Task;
            return await MetIfMatchAsync(app.ClientAs("haarlem-inkoper"), antwoorden, $"/api/trajecten/{Traject}/percelen/{perceel}/fase", new { naar = "Aangekondigd" },
                t => t.GetProperty("percelen")[perceel - 1].GetProperty("fase").GetString() == "Aangekondigd");
        }, Ct)).Concat(Enumerable.Range(1, Mijlpalen).Select(k => Task.Run(async () =>
        {
            await start.Task;
            var omschrijving = $"Mijlpaal {k} (demo)";
            return await MetIfMatchAsync(app.ClientAs(k % 2 == 0 ? "haarlem-inkoper" : "haarlem-inkoper-2"), antwoorden, $"/api/trajecten/{Traject}/mijlpalen",
                new { soort = "Overig", omschrijving, datum = new DateOnly(2028, 3, 1).AddDays(k) },
                t => t.GetProperty("planning").EnumerateArray().Any(m => m.GetProperty("omschrijving").GetString() == omschrijving));
        }, Ct))).Concat(Enumerable.Range(1, Vragen).Select(k => Task.Run(async () =>
        {
            await start.Task;
            var client = app.ClientAs(Vragenstellers[k % Vragenstellers.Length]);
            for (var poging = 1; poging <= Pogingen; poging++)
            {
                using var response = await antwoorden.VerstuurAsync(client, () => new HttpRequestMessage(HttpMethod.Post, $"/api/trajecten/{Traject}/vragen")
                {
                    Content = JsonContent.Create(new { perceel = 1, tekst = Vraag(k) }),
                }, Ct);
                if (response.StatusCode == HttpStatusCode.Created)
                    return null;
                if (response.StatusCode is not (HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed))
                    return $"vraag {k}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}";
            }
            return $"vraag {k}: na {Pogingen} pogingen niet gesteld";
        }, Ct))).ToList();
        start.SetResult();
        var mislukt = (await Task.WhenAll(schrijvers)).OfType<string>().ToList();

        Assert.True(antwoorden.Fouten.Count == 0, $"Serverfouten: {string.Join(Environment.NewLine, antwoorden.Fouten.Take(5))} ({antwoorden.Samenvatting})");
        Assert.True(mislukt.Count == 0, $"Niet gelukt: {string.Join(Environment.NewLine, mislukt)} ({antwoorden.Samenvatting})");
        var traject = JsonDocument.Parse(await inkoper.GetStringAsync($"/api/trajecten/{Traject}", Ct)).RootElement;
        var nietAangekondigd = traject.GetProperty("percelen").EnumerateArray().Where(p => p.GetProperty("fase").GetString() != "Aangekondigd").Select(p => p.GetProperty("nummer").GetInt32()).ToList();
        Assert.True(nietAangekondigd.Count == 0, $"Verloren fasewisselingen, percelen {string.Join(", ", nietAangekondigd)}");
        var gepland = traject.GetProperty("planning").EnumerateArray().Select(m => m.GetProperty("omschrijving").GetString()).ToHashSet();
        var verlorenMijlpalen = Enumerable.Range(1, Mijlpalen).Where(k => !gepland.Contains($"Mijlpaal {k} (demo)")).ToList();
        Assert.True(verlorenMijlpalen.Count == 0, $"Verloren mijlpalen: {string.Join(", ", verlorenMijlpalen)}");
        var gesteld = await inkoper.GetStringAsync($"/api/trajecten/{Traject}/vragen", Ct);
        var verlorenVragen = Enumerable.Range(1, Vragen).Where(k => !gesteld.Contains(Vraag(k), StringComparison.Ordinal)).ToList();
        Assert.True(verlorenVragen.Count == 0, $"Verloren vragen: {string.Join(", ", verlorenVragen)}");
        var (ketens, breuken) = await Ketens.ControleerAsync(app.Services.GetRequiredService<StorageClients>(), Ct);
        Assert.True(breuken.Count == 0, $"{breuken.Count} van {ketens} auditketens verbroken: {string.Join(Environment.NewLine, breuken.Take(5))}");
    }

    private static string Vraag(int k) => string.Create(CultureInfo.InvariantCulture, $"Vraag {k}: hoe lang loopt het contract? (demo)");

    /// <summary>Reads the traject, sends the change with its ETag, and on 412 or 409 reads again: done once the change is there.</summary>
    private static async Task<string?> MetIfMatchAsync(HttpClient client, Antwoorden antwoorden, string url, object body, Func<JsonElement, bool> gedaan)
    {
        var laatste = "";
        for (var poging = 1; poging <= Pogingen; poging++)
        {
            using var gelezen = await antwoorden.VerstuurAsync(client, () => new HttpRequestMessage(HttpMethod.Get, $"/api/trajecten/{Traject}"), Ct);
            if (!gelezen.IsSuccessStatusCode)
                return $"{url}: lezen gaf {(int)gelezen.StatusCode}";
            if (gedaan(JsonDocument.Parse(await gelezen.Content.ReadAsStringAsync(Ct)).RootElement))
                return null;
            var etag = gelezen.Headers.ETag!.ToString();
            using var response = await antwoorden.VerstuurAsync(client, () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
                request.Headers.TryAddWithoutValidation("If-Match", etag);
                return request;
            }, Ct);
            if (response.IsSuccessStatusCode)
                return null;
            laatste = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}";
            if (response.StatusCode is not (HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed))
                return $"{url}: {laatste}";
        }
        return $"{url}: na {Pogingen} pogingen nog niet gelukt, laatst {laatste}";
    }
}
