using System.Net;
using System.Text.Json;

namespace Regio.Functions.Tests;

public static class Problem
{
    /// <summary>Asserts an RFC 9457 problem+json answer with the given status and Dutch title; returns its detail.</summary>
    public static async Task<string> AssertAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"Verwacht {(int)status}, kreeg {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail), "Een foutantwoord moet zeggen wat er te doen is.");
        return detail!;
    }
}
