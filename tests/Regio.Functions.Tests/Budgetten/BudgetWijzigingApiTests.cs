using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Tests;

namespace Regio.Functions.Tests.Budgetten;

/// <summary>A budgethouder changes one budget line by hand: with If-Match, with a reason once vastgesteld, audited; others get 404.</summary>
public class BudgetWijzigingApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var tekst = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {tekst}");
        return JsonDocument.Parse(tekst).RootElement;
    }

    internal static async Task<(JsonElement Budget, string ETag)> JeugdAsync(HttpClient client)
    {
        var budget = (await JsonAsync(await client.GetAsync("/api/gemeenten/haarlem/budget?domein=jeugd", Ct))).GetProperty("budgetten")[0];
        return (budget, budget.GetProperty("eTag").GetString()!);
    }

    internal static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string pad, object body, string? etag)
    {
        var request = new HttpRequestMessage(method, pad) { Content = JsonContent.Create(body) };
        if (etag is not null)
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request, Ct);
    }

    private static long Totaal(JsonElement budget, int jaar) =>
        budget.GetProperty("totalen").EnumerateArray().Single(t => t.GetProperty("jaar").GetInt32() == jaar).GetProperty("bedrag").GetInt64();

    [Fact]
    public async Task After_vaststelling_a_changed_amount_needs_a_reason_is_audited_and_a_stale_ETag_gets_412()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var client = app.ClientAs("haarlem-budgethouder");
        var (voor, etag) = await JeugdAsync(client);
        var body = new { post = "2201 Ambulante jeugdhulp", jaar = 2024, bedrag = 23_000_000L };

        var zonderReden = await SendAsync(client, HttpMethod.Put, "/api/gemeenten/haarlem/budget/jeugd/bedrag", body, etag);
        var tekst = await zonderReden.Content.ReadAsStringAsync(Ct);
        Assert.True(zonderReden.StatusCode == HttpStatusCode.BadRequest, $"{(int)zonderReden.StatusCode}: {tekst}");
        Assert.Contains("vastgesteld", JsonDocument.Parse(tekst).RootElement.GetProperty("errors").GetProperty("reden")[0].GetString(), StringComparison.Ordinal);

        var gewijzigd = await JsonAsync(await SendAsync(client, HttpMethod.Put, "/api/gemeenten/haarlem/budget/jeugd/bedrag",
            new { body.post, body.jaar, body.bedrag, reden = "Raadsbesluit 12 maart (demo)" }, etag));
        var verouderd = await SendAsync(client, HttpMethod.Put, "/api/gemeenten/haarlem/budget/jeugd/bedrag",
            new { body.post, body.jaar, bedrag = 1L, reden = "Nog eens (demo)" }, etag);

        Assert.Equal(Totaal(voor, 2024) + 23_000_000 - 22_688_000, Totaal(gewijzigd, 2024));
        Assert.Equal(Totaal(voor, 2025), Totaal(gewijzigd, 2025));
        Assert.Equal(HttpStatusCode.PreconditionFailed, verouderd.StatusCode);
        var audit = await AuditLog.ReadPartitionAsync(app.Services.GetRequiredService<StorageClients>().Table(Names.BudgettenTable), "gemeente|haarlem", Ct);
        var laatste = audit[^1];
        Assert.Contains("2201 Ambulante jeugdhulp", laatste.Actie, StringComparison.Ordinal);
        Assert.Contains("Raadsbesluit 12 maart (demo)", laatste.Na ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_budgethouder_adds_a_post_and_removes_one_and_the_totals_follow()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var client = app.ClientAs("haarlem-budgethouder");
        var (voor, etag) = await JeugdAsync(client);
        var jaren = voor.GetProperty("jaren").EnumerateArray().Select(j => j.GetInt32()).ToList();

        var onvolledig = await SendAsync(client, HttpMethod.Post, "/api/gemeenten/haarlem/budget/jeugd/posten",
            new { post = "2204 Jeugdbescherming (demo)", bedragen = new[] { new { jaar = jaren[0], bedrag = 1L } }, reden = "Raadsbesluit (demo)" }, etag);
        Assert.Equal(HttpStatusCode.BadRequest, onvolledig.StatusCode);
        var toegevoegd = await JsonAsync(await SendAsync(client, HttpMethod.Post, "/api/gemeenten/haarlem/budget/jeugd/posten",
            new { post = "2204 Jeugdbescherming (demo)", bedragen = jaren.Select(j => new { jaar = j, bedrag = 1_000_000L }), reden = "Raadsbesluit (demo)" }, etag));
        var verwijderd = await JsonAsync(await SendAsync(client, HttpMethod.Post, "/api/gemeenten/haarlem/budget/jeugd/posten/verwijdering",
            new { post = "2203 Hoogspecialistische jeugdhulp", reden = "Naar de regio (demo)" }, toegevoegd.GetProperty("eTag").GetString()));

        Assert.Equal(Totaal(voor, jaren[0]) + 1_000_000, Totaal(toegevoegd, jaren[0]));
        Assert.Equal(Totaal(voor, jaren[0]) + 1_000_000 - 2_695_000, Totaal(verwijderd, jaren[0]));
        Assert.DoesNotContain(verwijderd.GetProperty("posten").EnumerateArray(), p => p.GetProperty("naam").GetString() == "2203 Hoogspecialistische jeugdhulp");
        var (opgeslagen, _) = await JeugdAsync(client);
        Assert.Equal(Totaal(verwijderd, jaren[0]), Totaal(opgeslagen, jaren[0]));
    }

    [Theory]
    [InlineData("velsen-budgethouder")]
    [InlineData("regio-coordinator")]
    public async Task Another_gemeente_and_the_coordinator_get_404_on_changing_Haarlems_budget_lines(string actor)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var (_, etag) = await JeugdAsync(app.ClientAs("haarlem-budgethouder"));
        var client = app.ClientAs(actor);

        var bedrag = await SendAsync(client, HttpMethod.Put, "/api/gemeenten/haarlem/budget/jeugd/bedrag",
            new { post = "2201 Ambulante jeugdhulp", jaar = 2024, bedrag = 1L, reden = "Lek (demo)" }, etag);
        var verwijderen = await SendAsync(client, HttpMethod.Post, "/api/gemeenten/haarlem/budget/jeugd/posten/verwijdering",
            new { post = "2203 Hoogspecialistische jeugdhulp", reden = "Lek (demo)" }, etag);

        Assert.Equal(HttpStatusCode.NotFound, bedrag.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, verwijderen.StatusCode);
        Assert.Equal(etag, (await JeugdAsync(app.ClientAs("haarlem-budgethouder"))).ETag);
    }
}
