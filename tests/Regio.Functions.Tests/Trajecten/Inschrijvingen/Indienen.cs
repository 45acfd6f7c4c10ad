using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Specialized;

namespace Regio.Functions.Tests.Trajecten.Inschrijvingen;

/// <summary>An uploaded file as the sender knows it: the grant's upload id, the size and SHA-256 it declares at submit.</summary>
internal sealed record Upload(string Document, string UploadId, string Bestandsnaam, long Grootte, string Sha256);

/// <summary>
/// What an aanbieder's client does: ask a grant, PUT the blocks straight to Blob Storage with its SAS (as the browser
/// script does), commit them, then submit. Blocks come from a generator, so a 100 MB file never exists as one array.
/// </summary>
internal static class Indienen
{
    public const int Blok = 4 * 1024 * 1024;

    public static string Pad(string traject, int perceel = 1) => $"/api/trajecten/{traject}/percelen/{perceel}/inschrijvingen";

    public static async Task<string> StelMomentVastAsync(HttpClient inkoper, string traject, DateTimeOffset sluiting, string[] documenten, CancellationToken ct)
    {
        var response = await inkoper.PutAsJsonAsync($"{Pad(traject)}/momenten/inschrijving", new { documenten, sluiting }, ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(ct));
        return response.Headers.ETag!.ToString();
    }

    public static Task<Upload> UploadAsync(HttpClient aanbieder, string traject, string document, string naam, byte[] inhoud, CancellationToken ct) =>
        UploadAsync(aanbieder, traject, document, naam, inhoud.LongLength, i => inhoud.AsMemory(i * Blok, (int)Math.Min(Blok, inhoud.LongLength - (i * Blok))), ct);

    /// <summary>
    /// Uploads <paramref name="grootte"/> bytes that <paramref name="blok"/> gives block by block. With
    /// <paramref name="blokkenTeCommitten"/> fewer than all, the upload is cut off as a dropped connection would.
    /// </summary>
    public static async Task<Upload> UploadAsync(HttpClient aanbieder, string traject, string document, string naam, long grootte,
        Func<int, ReadOnlyMemory<byte>> blok, CancellationToken ct, int? blokkenTeCommitten = null)
    {
        var machtiging = await aanbieder.PostAsJsonAsync($"{Pad(traject)}/momenten/inschrijving/uploads", new { document, bestandsnaam = naam, grootte }, ct);
        var json = await machtiging.Content.ReadAsStringAsync(ct);
        Assert.True(machtiging.IsSuccessStatusCode, json);
        var grant = JsonDocument.Parse(json).RootElement;
        var client = new BlockBlobClient(new Uri(grant.GetProperty("uploadUrl").GetString()!));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var ids = new List<string>();
        var blokken = (int)((grootte + Blok - 1) / Blok);
        for (var i = 0; i < blokken; i++)
        {
            var bytes = blok(i);
            hash.AppendData(bytes.Span);
            var id = Convert.ToBase64String(Encoding.ASCII.GetBytes($"blok-{i:D6}"));
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            await client.StageBlockAsync(id, stream, cancellationToken: ct);
            ids.Add(id);
        }
        if ((blokkenTeCommitten ?? blokken) > 0)
            await client.CommitBlockListAsync(ids.Take(blokkenTeCommitten ?? blokken), cancellationToken: ct);
        return new Upload(document, grant.GetProperty("uploadId").GetString()!, naam, grootte, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public static Task<HttpResponseMessage> DienInAsync(HttpClient aanbieder, string traject, IEnumerable<Upload> uploads, CancellationToken ct) =>
        aanbieder.PostAsJsonAsync($"{Pad(traject)}/momenten/inschrijving/indieningen", new
        {
            bestanden = uploads.Select(u => new { document = u.Document, uploadId = u.UploadId, bestandsnaam = u.Bestandsnaam, grootte = u.Grootte, sha256 = u.Sha256 }),
        }, ct);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, CancellationToken ct) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
}
