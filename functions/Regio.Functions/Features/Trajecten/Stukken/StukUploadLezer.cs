using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Regio.Platform.Trajecten.Stukken;

namespace Regio.Functions.Features.Trajecten.Stukken;

/// <summary>
/// Reads the multipart form of a publication. ASP.NET buffers a large file to a temporary file, not to memory, and the
/// stream it gives is seekable, so the use case reads it in place. The form is read here instead of bound as parameters
/// so that each refusal (wrong media type, too large, broken multipart) gets its own Dutch answer.
/// </summary>
internal static class StukUploadLezer
{
    /// <summary>The largest request: the largest document plus room for the other fields and the multipart framing.</summary>
    public const long MaximumVerzoek = StukkenBeheer.MaximumBytes + 1024 * 1024;

    public static async Task<(IFormCollection? Form, ProblemHttpResult? Probleem)> LeesAsync(HttpContext context, IAntiforgery antiforgery, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                detail: "Stuur het document als multipart/form-data, met het bestand in het veld 'bestand'."));
        }
        try
        {
            // A browser sends the sign-in cookie along with any form post, even one another site made it send, so a
            // cookie-authenticated post must carry the antiforgery token. A bearer token is never sent by itself.
            if (!IsBearer(context.Request))
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            return (await context.Request.ReadFormAsync(ct), null);
        }
        catch (AntiforgeryValidationException e)
        {
            // ErrorAnswers explains a missing or stale form token in Dutch, the same way for every form.
            throw new BadHttpRequestException("Ongeldig antiforgery-token.", StatusCodes.Status400BadRequest, e);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
                detail: $"Het bestand is groter dan {StukTeksten.Grootte(StukkenBeheer.MaximumBytes)}. Maak het kleiner of verdeel het over meer documenten."));
        }
        catch (InvalidDataException)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
                detail: "Het formulier is niet goed opgebouwd als multipart/form-data. Stuur het bestand in het veld 'bestand' en probeer het opnieuw."));
        }
    }

    private static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
