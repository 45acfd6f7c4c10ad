using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Regio.Functions.Tests.Spine;

/// <summary>
/// Counts the requests the app sends to Table and Blob Storage while <see cref="TelAsync"/> runs, by kind (a table point
/// read, query, batch, a blob's properties, ...), so that a test can pin how many round trips one call costs. It sits in
/// the app's own storage pipelines (<see cref="RegioAppFactory.Opslagbeleid"/>), once per request sent, retries too.
/// </summary>
internal sealed class Opslagteller : HttpPipelinePolicy
{
    public const string Puntlezing = "tabel: puntlezing";
    public const string Query = "tabel: query";
    public const string Batch = "tabel: batch";
    public const string BlobEigenschappen = "blob: eigenschappen (HEAD)";
    public const string BlobLezen = "blob: lezen (GET)";

    private ConcurrentQueue<(string Soort, string Verzoek)>? _telling;

    /// <summary>The requests sent while <paramref name="aanroep"/> ran; the caller runs nothing else on this app meanwhile.</summary>
    public async Task<Opslagtelling> TelAsync(Func<Task> aanroep)
    {
        var telling = new ConcurrentQueue<(string, string)>();
        _telling = telling;
        try
        {
            await aanroep();
        }
        finally
        {
            _telling = null;
        }
        return new Opslagtelling([.. telling]);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Tel(message.Request);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Tel(message.Request);
        return ProcessNextAsync(message, pipeline);
    }

    private void Tel(Request request) => _telling?.Enqueue((Soort(request), $"{request.Method} {request.Uri.Path}{request.Uri.Query}"));

    // Azure.Data.Tables sends DataServiceVersion on every request, the blob client never does.
    private static string Soort(Request request)
    {
        var pad = Uri.UnescapeDataString(request.Uri.Path);
        var methode = request.Method.Method;
        if (request.Headers.Contains("DataServiceVersion"))
        {
            return (methode, pad) switch
            {
                (_, _) when pad.EndsWith("/$batch", StringComparison.Ordinal) => Batch,
                ("GET", _) when pad.EndsWith("')", StringComparison.Ordinal) => Puntlezing,
                ("GET", _) => Query,
                _ => $"tabel: {methode}",
            };
        }
        return methode switch
        {
            "HEAD" => BlobEigenschappen,
            "GET" when request.Uri.Query.Contains("comp=", StringComparison.Ordinal) => $"blob: GET {request.Uri.Query}",
            "GET" => BlobLezen,
            _ => $"blob: {methode}",
        };
    }
}

/// <summary>The storage requests of one call, by kind.</summary>
internal sealed record Opslagtelling(IReadOnlyList<(string Soort, string Verzoek)> Verzoeken)
{
    public int Aantal(string soort) => Verzoeken.Count(v => v.Soort == soort);

    public int Tabellezingen => Aantal(Opslagteller.Puntlezing) + Aantal(Opslagteller.Query);

    public string Samenvatting => string.Join(", ", Verzoeken.GroupBy(v => v.Soort).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")) +
        $" (samen {Verzoeken.Count})";

    public string Lijst => string.Join(Environment.NewLine, Verzoeken.Select(v => $"  {v.Soort,-28} {v.Verzoek}"));
}
