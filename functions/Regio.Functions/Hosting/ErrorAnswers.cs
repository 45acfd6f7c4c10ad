using System.Text.Json;
using Azure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Regio.Functions.Hosting;

/// <summary>Turns exceptions into problem+json answers: bad input is 400, an unreachable storage is 503.</summary>
public sealed partial class ErrorAnswers(IProblemDetailsService problems, ILogger<ErrorAnswers> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 30;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = Classify(exception, httpContext.RequestAborted.IsCancellationRequested);
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            // Busy (many writers on one chain) clears within a second or two; an outage takes longer.
            var retryAfter = exception is Regio.Platform.Storage.StorageUnavailableException s ? (int)Math.Ceiling(s.RetryAfter.TotalSeconds) : RetryAfterSeconds;
            httpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            LogStorageUnavailable(logger, httpContext.Request.Path, exception.Message);
        }
        else if (status >= 500)
        {
            LogUnexpected(logger, exception, httpContext.Request.Path);
        }
        httpContext.Response.StatusCode = status;
        // A body of the right shape with one wrong value is answered as the use cases answer invalid fields: per field.
        var problem = exception is BadHttpRequestException { InnerException: OngeldigVeld veld }
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [Veldnaam(veld)] = [veld.Melding] })
            : new ProblemDetails();
        problem.Status = status;
        problem.Detail = detail;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem });
    }

    /// <param name="afgebroken">The caller went away: a cancellation is then its own doing, not storage's.</param>
    private static (int Status, string? Detail) Classify(Exception exception, bool afgebroken) => exception switch
    {
        BadHttpRequestException { InnerException: OngeldigVeld } => (400, UitkomstResults.OngeldigeVelden),
        BadHttpRequestException { InnerException: JsonException json } => (400, UnreadableJson(json)),
        BadHttpRequestException { StatusCode: 415 } => (415, null),
        BadHttpRequestException { StatusCode: 413 } => (413, null),
        BadHttpRequestException { InnerException: Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException } =>
            (400, "Het formulier is verlopen of komt niet van deze site. Ververs de pagina en probeer het opnieuw."),
        // The framework's own words for a request without the JSON body an endpoint needs.
        BadHttpRequestException { StatusCode: 400 } bad
            when bad.Message.Contains("no body was provided", StringComparison.Ordinal) || bad.Message.Contains("from body", StringComparison.Ordinal) =>
            (400, "Het verzoek mist de gegevens. Stuur ze als JSON-object in de body (Content-Type: application/json)."),
        BadHttpRequestException bad => (bad.StatusCode, null),
        Regio.Platform.Storage.StorageUnavailableException or RequestFailedException { Status: 0 or >= 500 } or HttpRequestException or TimeoutException => (503, null),
        // The Azure SDK cancels a call that storage does not answer within its network timeout; the request itself was not cancelled.
        OperationCanceledException when !afgebroken => (503, null),
        AggregateException aggregate when aggregate.InnerExceptions.All(e => Classify(e, afgebroken).Status == 503) => (503, null),
        _ => (500, null),
    };

    /// <summary>The field as the use cases name theirs: <c>aandelen[0].gemeente</c>, from the object's path and the field in it.</summary>
    private static string Veldnaam(OngeldigVeld veld) =>
        (veld.Path ?? "$").TrimStart('$').TrimStart('.') is { Length: > 0 } ouder ? $"{ouder}.{veld.Veld}" : veld.Veld;

    private static string UnreadableJson(JsonException json) =>
        string.IsNullOrEmpty(json.Path) || json.Path == "$"
            ? "De inhoud van het verzoek is geen geldige JSON. Stuur één JSON-object."
            : $"De inhoud van het verzoek is geen geldige JSON of past niet bij het veld '{json.Path}'. Controleer dat veld.";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Opslag niet bereikbaar bij {Path}: {Reason}")]
    private static partial void LogStorageUnavailable(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Onverwachte fout bij {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string path);
}
