using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Regio.Domain.OpenData;
using Regio.Domain.Regios;
using Regio.Functions.Features.Regios;
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
        // Per regio; the address from before there were many regio's answers for the regio the deployment started with.
        var perRegio = app.MapGroup(RegioRoutes.Prefix + "/ocds");
        var oud = app.MapGroup("/api/ocds").ExcludeFromDescription();
        foreach (var group in new[] { perRegio, oud })
        {
            group.WithTags("Open data (OCDS)").AllowAnonymous().WithPublicAnswer();
            var releases = group.MapGet("/releases", Releases)
                .Produces<Ocds.ReleasePackage>(StatusCodes.Status200OK, "application/json")
                .WithSummary("Open data volgens OCDS 1.1 (release package, met de extensies lots en bids): per gepubliceerd traject een release "
                    + "voor elke dag waarop iets openbaars veranderde. Partijen, aanbesteding met percelen, gunningen, contracten en het aantal "
                    + "inschrijvingen na gunning; nooit documenten, scores, budgetten of lokale keuzes. Optioneel één proces met ?ocid=.");
            var records = group.MapGet("/records", Records)
                .Produces<Ocds.RecordPackage>(StatusCodes.Status200OK, "application/json")
                .WithSummary("Open data volgens OCDS 1.1 (record package): per gepubliceerd traject alle releases en de samengevoegde stand "
                    + "(compiledRelease). Optioneel één proces met ?ocid=.");
            if (group == perRegio)
            {
                releases.WithName("OcdsReleases");
                records.WithName("OcdsRecords");
            }
        }
        return app;
    }

    private static Task<Results<JsonHttpResult<Ocds.ReleasePackage>, Probleem>> Releases(
        string? regioId, string? ocid, HttpContext context, OcdsQuery query, IOptions<RegioOptions> options, CancellationToken cancellationToken) =>
        PackageAsync(RegioVan(regioId, options), ocid, context, query, (uri, data) => new Ocds.ReleasePackage(
            uri, Ocds.Versie, Ocds.Extensies, data.Gepubliceerd, Uitgever(data), Ocds.Licentie, [.. data.Processen.SelectMany(p => p.Releases)]), cancellationToken);

    private static Task<Results<JsonHttpResult<Ocds.RecordPackage>, Probleem>> Records(
        string? regioId, string? ocid, HttpContext context, OcdsQuery query, IOptions<RegioOptions> options, CancellationToken cancellationToken) =>
        PackageAsync(RegioVan(regioId, options), ocid, context, query, (uri, data) => new Ocds.RecordPackage(
            uri, Ocds.Versie, Ocds.Extensies, data.Gepubliceerd, Uitgever(data), Ocds.Licentie, data.Processen), cancellationToken);

    /// <summary>Reads the open data and wraps it as <typeparamref name="T"/>, with the request's own address as the package uri.</summary>
    private static async Task<Results<JsonHttpResult<T>, Probleem>> PackageAsync<T>(
        RegioId regio, string? ocid, HttpContext context, OcdsQuery query, Func<string, Opendata, T> package, CancellationToken cancellationToken)
    {
        var uitkomst = await query.ReadAsync(regio, ocid, cancellationToken);
        return uitkomst is Uitkomst<Opendata>.Gelukt { Waarde: var data }
            ? TypedResults.Json(package(context.Request.GetEncodedUrl(), data), Json, "application/json")
            : UitkomstResults.Weigering(uitkomst);
    }

    private static RegioId RegioVan(string? regioId, IOptions<RegioOptions> options) => new(regioId ?? options.Value.Id);

    private static Ocds.Publisher Uitgever(Opendata data) => new($"Regio {data.Regio.Naam}", null);
}
