using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Regio.Domain.OpenData;
using Regio.Domain.Regios;
using Regio.Functions.Hosting;
using Regio.Platform;
using Regio.Platform.OpenData;

namespace Regio.Functions.Features.OpenData;

/// <summary>
/// The public data of published trajecten in the Open Contracting Data Standard 1.1, for anyone without signing in:
/// a release package (every release of every process) and a record package (per process its releases and compiled state).
/// </summary>
public static class OcdsEndpoints
{
    /// <summary>OCDS's own names, and nothing written for what is unknown (OCDS prefers a missing field to a null).</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ocds").WithTags("Open data (OCDS)").AllowAnonymous().WithPublicAnswer();
        group.MapGet("/releases", Releases)
            .WithName("OcdsReleases")
            .Produces<Ocds.ReleasePackage>(StatusCodes.Status200OK, "application/json")
            .WithSummary("Open data volgens OCDS 1.1 (release package, met de extensies lots en bids): per gepubliceerd traject een release "
                + "voor elke dag waarop iets openbaars veranderde. Partijen, aanbesteding met percelen, gunningen, contracten en het aantal "
                + "inschrijvingen na gunning; nooit documenten, scores, budgetten of lokale keuzes. Optioneel één proces met ?ocid=.");
        group.MapGet("/records", Records)
            .WithName("OcdsRecords")
            .Produces<Ocds.RecordPackage>(StatusCodes.Status200OK, "application/json")
            .WithSummary("Open data volgens OCDS 1.1 (record package): per gepubliceerd traject alle releases en de samengevoegde stand "
                + "(compiledRelease). Optioneel één proces met ?ocid=.");
        return app;
    }

    private static Task<Results<JsonHttpResult<Ocds.ReleasePackage>, Probleem>> Releases(
        string? ocid, HttpContext context, OcdsQuery query, IOptions<RegioOptions> options, CancellationToken cancellationToken) =>
        PackageAsync(ocid, context, query, options, (uri, data) => new Ocds.ReleasePackage(
            uri, Ocds.Versie, Ocds.Extensies, data.Gepubliceerd, Uitgever(data), Ocds.Licentie, [.. data.Processen.SelectMany(p => p.Releases)]), cancellationToken);

    private static Task<Results<JsonHttpResult<Ocds.RecordPackage>, Probleem>> Records(
        string? ocid, HttpContext context, OcdsQuery query, IOptions<RegioOptions> options, CancellationToken cancellationToken) =>
        PackageAsync(ocid, context, query, options, (uri, data) => new Ocds.RecordPackage(
            uri, Ocds.Versie, Ocds.Extensies, data.Gepubliceerd, Uitgever(data), Ocds.Licentie, data.Processen), cancellationToken);

    /// <summary>Reads the open data and wraps it as <typeparamref name="T"/>, with the request's own address as the package uri.</summary>
    private static async Task<Results<JsonHttpResult<T>, Probleem>> PackageAsync<T>(
        string? ocid, HttpContext context, OcdsQuery query, IOptions<RegioOptions> options, Func<string, Opendata, T> package, CancellationToken cancellationToken)
    {
        var uitkomst = await query.ReadAsync(new RegioId(options.Value.Id), ocid, cancellationToken);
        return uitkomst is Uitkomst<Opendata>.Gelukt { Waarde: var data }
            ? TypedResults.Json(package(context.Request.GetEncodedUrl(), data), Json, "application/json")
            : UitkomstResults.Weigering(uitkomst);
    }

    private static Ocds.Publisher Uitgever(Opendata data) => new($"Regio {data.Regio.Naam}", null);
}
