using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Regio.Domain.Regios;
using Regio.Functions.Hosting;
using Regio.Platform.Regios;

namespace Regio.Functions.Features.Regios;

/// <summary>What is public about the regio: its gemeenten and trajecten. Sign-in comes with the next feature.</summary>
public static class RegioEndpoints
{
    public static IEndpointRouteBuilder MapRegios(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/regio").WithTags("Regio").AllowAnonymous().WithPublicAnswer();
        group.MapGet("/", GetRegio)
            .WithName("Regio")
            .WithSummary("De regio met haar gemeenten (per subregio) en haar verwervingstrajecten met hun huidige fase.");
        return app;
    }

    private static async Task<Results<Ok<RegioView>, NotFound>> GetRegio(
        RegioOverzichtQuery query, IOptions<RegioOptions> options, CancellationToken cancellationToken)
    {
        var overzicht = await query.GetAsync(new RegioId(options.Value.Id), cancellationToken);
        return overzicht is null ? TypedResults.NotFound() : TypedResults.Ok(RegioView.From(overzicht));
    }
}
