using System.Net;
using System.Text.Json;
using Regio.Tests;

namespace Regio.Functions.Tests.Hosting;

public class OpenApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task OpenApi_document_describes_every_api_route()
    {
        await using var app = new RegioAppFactory(azurite);

        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        var paths = JsonDocument.Parse(json).RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/regio", paths);
        Assert.Contains("/health", paths);
    }

    [Fact]
    public async Task Every_operation_that_a_use_case_answers_lists_its_refusals_as_problem_json()
    {
        await using var app = new RegioAppFactory(azurite);

        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        var paths = JsonDocument.Parse(json).RootElement.GetProperty("paths");
        string[] Statussen(string pad, string methode) =>
            paths.GetProperty(pad).GetProperty(methode).GetProperty("responses").EnumerateObject().Select(r => r.Name).ToArray();
        string ProblemType(string pad, string methode, string status) =>
            paths.GetProperty(pad).GetProperty(methode).GetProperty("responses").GetProperty(status).GetProperty("content").EnumerateObject().First().Name;
        Assert.Equal(["200", "400", "403", "404", "503"], Statussen("/api/trajecten/{trajectId}/vragen", "get").Order());
        Assert.Equal(["201", "400", "403", "404", "409", "503"], Statussen("/api/trajecten/{trajectId}/vragen", "post").Order());
        Assert.Equal(["200", "400", "403", "404", "409", "412", "428", "503"], Statussen("/api/trajecten/{trajectId}/vragen/{vraagNummer}/antwoord", "put").Order());
        Assert.Equal("application/problem+json", ProblemType("/api/trajecten/{trajectId}/vragen", "post", "409"));
        var zonder = paths.EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (Pad: p.Name, Methode: m.Name, Antwoorden: m.Value.GetProperty("responses"))))
            .Where(o => !o.Antwoorden.TryGetProperty("404", out _))
            .Select(o => $"{o.Methode.ToUpperInvariant()} {o.Pad}")
            .ToList();
        // Only the lists of what the signed-in person may see, and who that person is, never refuse.
        Assert.Equal(["GET /api/contracten", "GET /api/me", "GET /api/organisaties", "GET /api/regios", "GET /api/trajecten"], zonder.Order());
    }

    [Fact]
    public async Task Api_reference_page_is_served()
    {
        await using var app = new RegioAppFactory(azurite);

        var response = await app.CreateClient().GetAsync("/api/docs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
