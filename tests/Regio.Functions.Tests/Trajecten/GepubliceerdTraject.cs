using System.Globalization;
using System.Net.Http.Json;

namespace Regio.Functions.Tests.Trajecten;

/// <summary>A local traject of Haarlem made through the API and published (aankondiging recorded), so aanbieders can see it.</summary>
internal static class GepubliceerdTraject
{
    /// <summary>Returns the traject's ETag; with <paramref name="aankondigen"/> every perceel is moved to Aangekondigd.</summary>
    public static async Task<string> MaakAsync(HttpClient inkoper, string id, string procedure, string[] percelen, bool aankondigen, CancellationToken ct)
    {
        var created = await inkoper.PostAsJsonAsync("/api/trajecten", new { id, naam = $"{id} (demo)", eigenaar = "gemeente:haarlem", procedure, percelen }, ct);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(ct));
        var etag = created.Headers.ETag!.ToString();
        // The pinned clock's day: today for an app on the pinned clock, and a day the real clock has passed for one that starts at the real now.
        var vandaag = Testklok.Vandaag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var perceel = 1; perceel <= percelen.Length; perceel++)
        {
            etag = await PostAsync(inkoper, $"/api/trajecten/{id}/percelen/{perceel}/dossier", new { soort = "Aankondiging", datum = vandaag }, etag, ct);
            if (aankondigen)
                etag = await PostAsync(inkoper, $"/api/trajecten/{id}/percelen/{perceel}/fase", new { naar = "Aangekondigd" }, etag, ct);
        }
        return etag;
    }

    public static async Task<string> PostAsync(HttpClient client, string url, object body, string etag, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        var response = await client.SendAsync(request, ct);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {await response.Content.ReadAsStringAsync(ct)}");
        return response.Headers.ETag!.ToString();
    }

    /// <summary>Sends <paramref name="body"/> as JSON with an If-Match header (left out when null).</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, object body, string? etag, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(request, ct);
    }
}
