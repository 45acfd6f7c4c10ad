using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Regio.Functions.Hosting;

/// <summary>A field of a multipart form as OpenAPI describes it.</summary>
public sealed record Formulierveld(string Naam, JsonSchemaType Soort, string Omschrijving, bool Verplicht = false, bool Bestand = false)
{
    public static Formulierveld VoorBestand(string omschrijving) => new("bestand", JsonSchemaType.String, omschrijving, Verplicht: true, Bestand: true);
}

/// <summary>What a multipart endpoint says, in Dutch, when the request is not its form or is too large.</summary>
public sealed record Multipartteksten(string GeenFormulier, string TeGroot);

/// <summary>
/// The multipart forms of the API (documents, dialogue documents, budget sheets), set up and read one way:
/// <list type="bullet">
/// <item>the route gets its own size limit and its form in OpenAPI. Not with Accepts metadata: routing would then answer
/// any other media type itself, with the generic 415 that asks for JSON, instead of the endpoint's own Dutch answer;</item>
/// <item>the form is read by <see cref="ReadAsync"/> instead of bound as parameters, so that each refusal (wrong media
/// type, too large, broken multipart) gets its own Dutch answer. ASP.NET buffers a large file to a temporary file, not
/// to memory, and the stream it gives is seekable;</item>
/// <item>the framework's antiforgery check is off because <see cref="ReadAsync"/> makes it for cookie requests only.</item>
/// </list>
/// </summary>
public static class Multipart
{
    public static RouteHandlerBuilder MultipartFormulier(this RouteHandlerBuilder route, long maximumVerzoek, params Formulierveld[] velden) => route
        .WithMetadata(new RequestSizeLimitAttribute(maximumVerzoek))
        .DisableAntiforgery()
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["multipart/form-data"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Properties = velden.ToDictionary(v => v.Naam, IOpenApiSchema (v) => new OpenApiSchema
                            {
                                Type = v.Soort, Format = v.Bestand ? "binary" : null, Description = v.Omschrijving,
                            }),
                            Required = velden.Where(v => v.Verplicht).Select(v => v.Naam).ToHashSet(),
                        },
                    },
                },
            };
            return Task.CompletedTask;
        });

    public static async Task<(IFormCollection? Form, Probleem? Probleem)> ReadAsync(
        HttpContext context, IAntiforgery antiforgery, Multipartteksten teksten, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType)
        {
            return (null, Probleem.Van(StatusCodes.Status415UnsupportedMediaType, detail: teksten.GeenFormulier));
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
            return (null, Probleem.Van(StatusCodes.Status413PayloadTooLarge, detail: teksten.TeGroot));
        }
        // A form whose parts break off before the closing boundary ends the stream too soon (IOException), one whose
        // length is not what it said is a bad request to Kestrel: both are the sender's broken form, not our failure.
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, Probleem.Van(StatusCodes.Status400BadRequest, detail: Onleesbaar));
        }
    }

    private const string Onleesbaar =
        "Het formulier is niet goed opgebouwd als multipart/form-data of kwam niet volledig aan. Stuur het bestand in het veld 'bestand' en probeer het opnieuw.";

    private static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
