using System.Reflection;
using Microsoft.AspNetCore.Antiforgery;

namespace Regio.Functions.Hosting;

/// <summary>
/// Refuses a form post to a minimal-API endpoint whose antiforgery token the antiforgery middleware found invalid.
/// That middleware only records its verdict; the runtime request delegate factory refuses when it binds the form, but the
/// request delegate generator's form binding (on in this app, for cold start) never reads the verdict and would run the
/// handler. So the refusal is made here, once for every endpoint, in the factory's way: a 400 that ErrorAnswers explains.
/// </summary>
public static class AntiforgeryVerdict
{
    public static IApplicationBuilder UseAntiforgeryVerdict(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Only endpoints that asked for validation get a verdict: minimal APIs that bind a form, and pages (whose own
        // form handling refuses, so they are left to it). A minimal API's endpoint carries its handler's MethodInfo.
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } verdict
            && context.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>() is not null)
        {
            throw new BadHttpRequestException("Invalid anti-forgery token found when reading the form.", StatusCodes.Status400BadRequest,
                verdict.Error ?? new AntiforgeryValidationException("The antiforgery token is not valid."));
        }
        return next(context);
    });
}
