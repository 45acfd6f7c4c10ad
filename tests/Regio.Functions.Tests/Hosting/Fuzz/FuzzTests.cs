using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Regio.Tests;

namespace Regio.Functions.Tests.Hosting.Fuzz;

/// <summary>
/// Every API operation, taken from the app's endpoint data source, gets malformed requests (<see cref="Varianten"/>) from
/// people with real rights, so that handlers run past authorization. Storage is up all the while: any 5xx, a 503
/// included, is a bug. Bad input is the caller's to fix and gets a 400 (or 404, 413, 415) problem, never a 500.
/// </summary>
public class FuzzTests(AzuriteFixture azurite)
{
    /// <summary>The regio's coordinator, a gemeente's inkoper, budgethouder and beoordelaar, an aanbieder's tekenbevoegde, the platform's beheerder.</summary>
    private static readonly string[] Actoren =
        ["regio-coordinator", "haarlem-inkoper", "haarlem-budgethouder", "haarlem-beoordelaar", "jeugdzorg-tekenbevoegde", "platform-beheerder"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_malformed_request_to_any_api_operation_gets_an_answer_of_500_or_more()
    {
        // Only warnings and errors: the app's 500s log their exception, and the fuzz is not slowed by a log line per request.
        var stil = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning", ["Logging:LogLevel:Microsoft.IdentityModel"] = "Warning" };
        await using var app = await new RegioAppFactory(azurite, stil) { Klok = Testklok.VanafNu() }.LoadDemoDataAsync();
        var openApi = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json", Ct)).RootElement;
        var voorbeeld = new Voorbeeld(openApi.GetProperty("components").GetProperty("schemas"));
        var operaties = Operatie.AlleVan(app.Services, openApi);
        var clients = Actoren.ToDictionary(a => a, app.ClientAs);
        var routewaarden = new Dictionary<string, string>(Varianten.Routewaarden) { ["combinatieId"] = await CombinatieAsync(clients["jeugdzorg-tekenbevoegde"]) };
        var actoren = new ConcurrentDictionary<Operatie, string>();
        await Parallel.ForEachAsync(operaties, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Ct }, async (operatie, ct) =>
            actoren[operatie] = await ActorVoorAsync(Varianten.Voor(operatie, voorbeeld, routewaarden).First(), clients, ct));
        var verzoeken = operaties.SelectMany(o => Varianten.Voor(o, voorbeeld, routewaarden)).Select(v => (Variant: v, Actor: actoren[v.Operatie]));
        var statussen = new ConcurrentDictionary<int, int>();
        var fouten = new ConcurrentQueue<string>();
        var klok = Stopwatch.StartNew();

        await Parallel.ForEachAsync(verzoeken, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Ct }, async (verzoek, ct) =>
        {
            var (status, antwoord) = await StuurAsync(clients[verzoek.Actor], verzoek.Variant, ct);
            statussen.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status >= 500)
            {
                fouten.Enqueue($"{status} als {verzoek.Actor}: {verzoek.Variant}\n    {antwoord}");
            }
        });

        var totaal = statussen.Values.Sum();
        var telling = string.Join(", ", statussen.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        var samenvatting = $"Fuzz: {operaties.Count} operaties, {totaal} verzoeken in {klok.Elapsed.TotalSeconds:0} s ({telling})";
        TestContext.Current.SendDiagnosticMessage(samenvatting);
        Console.WriteLine(samenvatting);
        Assert.True(fouten.IsEmpty, $"{samenvatting}\n{fouten.Count} antwoorden van 500 of meer terwijl de opslag bereikbaar is; de eerste:\n"
            + string.Join("\n", fouten.Take(25)));
        Assert.True(operaties.Count >= 100, $"Slechts {operaties.Count} API-operaties gevonden; klopt de endpointbron?");
        Assert.True(totaal >= 10_000, $"Slechts {totaal} verzoeken; de fuzz hoort er minstens 10.000 te sturen.");
    }

    /// <summary>
    /// The actor whose well-formed request gets furthest: an answer from the handler itself rather than a refusal of who
    /// they are (401, 403, 404). Malformed variants are then sent as that actor, so they reach the handler's parsing.
    /// </summary>
    private static async Task<string> ActorVoorAsync(Variant zoalsBedoeld, Dictionary<string, HttpClient> clients, CancellationToken ct)
    {
        var rang = new List<(int Rang, string Actor)>();
        foreach (var (actor, client) in clients)
        {
            var (status, _) = await StuurAsync(client, zoalsBedoeld, ct);
            rang.Add((status switch { 401 => 4, 403 => 3, 404 or 405 => 2, >= 300 and < 500 => 1, _ => 0 }, actor));
        }
        return rang.OrderBy(r => r.Rang).First().Actor;
    }

    /// <summary>A combinatie of the aanbieder, so that its routes reach a combinatie that exists.</summary>
    private static async Task<string> CombinatieAsync(HttpClient aanbieder)
    {
        var response = await aanbieder.PostAsJsonAsync("/api/aanbieders/combinaties",
            new { trajectId = "jeugdhulp-2023", perceel = 2, naam = "Fuzzcombinatie (demo)", leden = new[] { "demo-thuishulp-ijmond" }, verklaringen = new[] { "Uea" } }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<(int Status, string Antwoord)> StuurAsync(HttpClient client, Variant variant, CancellationToken ct)
    {
        using var binnenTijd = CancellationTokenSource.CreateLinkedTokenSource(ct);
        binnenTijd.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            using var request = variant.Verzoek();
            using var response = await client.SendAsync(request, binnenTijd.Token);
            var body = await response.Content.ReadAsStringAsync(binnenTijd.Token);
            return ((int)response.StatusCode, body.Length > 300 ? body[..300] : body);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The test server rethrows what escaped the app's own error handling: that is a 500 a client would get.
            return (599, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
