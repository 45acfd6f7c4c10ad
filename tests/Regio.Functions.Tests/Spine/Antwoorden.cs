using System.Collections.Concurrent;
using System.Net;

namespace Regio.Functions.Tests.Spine;

/// <summary>
/// What a crowd of clients got back, counted per status code. A 503 with Retry-After is what a browser waits out and sends
/// again; <see cref="VerstuurAsync"/> does the same, at most <see cref="Pogingen"/> times, and counts every answer.
/// </summary>
internal sealed class Antwoorden
{
    public const int Pogingen = 10;

    /// <summary>A server may ask for 30 seconds when storage is down; a test waits at most this long per retry.</summary>
    private static readonly TimeSpan LangsteWacht = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<int, int> _perStatus = new();
    private readonly ConcurrentQueue<string> _fouten = new();

    public int Aantal(HttpStatusCode status) => _perStatus.GetValueOrDefault((int)status);

    /// <summary>Every 5xx, and a 503 without Retry-After, in words: what a reviewer needs to see when the test fails.</summary>
    public IReadOnlyCollection<string> Fouten => _fouten;

    public string Samenvatting => string.Join(", ", _perStatus.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}"));

    /// <summary>Sends what <paramref name="maak"/> builds until the answer is not a 503 with Retry-After.</summary>
    public async Task<HttpResponseMessage> VerstuurAsync(HttpClient client, Func<HttpRequestMessage> maak, CancellationToken ct)
    {
        for (var poging = 1; ; poging++)
        {
            using var request = maak();
            var response = await client.SendAsync(request, ct);
            var status = (int)response.StatusCode;
            _perStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
            var wacht = response.Headers.RetryAfter?.Delta;
            if (status >= 500 && (status != 503 || wacht is null))
            {
                _fouten.Enqueue($"{request.Method} {request.RequestUri}: {status} {await response.Content.ReadAsStringAsync(ct)}");
            }
            if (status != 503 || wacht is null || poging == Pogingen)
            {
                return response;
            }
            response.Dispose();
            await Task.Delay(wacht.Value < LangsteWacht ? wacht.Value : LangsteWacht, ct);
        }
    }
}
