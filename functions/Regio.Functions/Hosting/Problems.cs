using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Regio.Functions.Hosting;

/// <summary>
/// Every error is an RFC 9457 problem+json answer with a Dutch title and a detail that says what to do
/// (DESIGN rule 7): unknown routes, bad requests, storage outages (503 with Retry-After).
/// </summary>
public static class Problems
{
    public static IServiceCollection AddRegioProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            var (title, detail) = DutchText(status);
            context.ProblemDetails.Title = title;
            context.ProblemDetails.Detail ??= detail;
            context.ProblemDetails.Type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}";
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity?.TraceId.ToString()
                ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ErrorAnswers>();
        services.AddRegioJsoninvoer();
        // Minimal APIs throw on unreadable input everywhere (not only in Development), so ErrorAnswers explains it in Dutch.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static IApplicationBuilder UseRegioProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    public static (string Title, string Detail) DutchText(int status) => status switch
    {
        400 => ("Ongeldig verzoek", "Het verzoek is niet goed opgebouwd. Controleer de gegevens en probeer het opnieuw."),
        401 => ("Niet aangemeld", "Meld u aan om dit te gebruiken."),
        403 => ("Geen toegang", "U heeft niet de rol die hiervoor nodig is."),
        404 => ("Niet gevonden", "Dit adres bestaat niet, of u kunt het niet zien. Controleer het adres."),
        405 => ("Methode niet toegestaan", "Dit adres ondersteunt deze HTTP-methode niet."),
        406 => ("Formaat niet beschikbaar", "Dit adres kan niet antwoorden in het gevraagde formaat."),
        409 => ("Conflict", "Dit botst met de huidige stand van de gegevens. Laad opnieuw en probeer het nog eens."),
        412 => ("Intussen gewijzigd", "Iemand anders heeft dit intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw."),
        413 => ("Te groot", "Het verzoek is groter dan is toegestaan."),
        415 => ("Formaat niet ondersteund", "Stuur de gegevens als JSON (Content-Type: application/json)."),
        428 => ("ETag vereist", "Stuur de ETag die u las mee in de header If-Match."),
        429 => ("Te veel verzoeken", "Wacht even en probeer het dan opnieuw."),
        503 => ("Tijdelijk niet beschikbaar", "De opslag is tijdelijk niet bereikbaar. Er is niets gewijzigd; probeer het over een halve minuut opnieuw."),
        _ when status >= 500 => ("Fout in Regio", "Er ging aan onze kant iets mis. Er is niets gewijzigd; probeer het later opnieuw."),
        _ => ("Verzoek niet verwerkt", "Het verzoek kon niet worden verwerkt."),
    };
}
