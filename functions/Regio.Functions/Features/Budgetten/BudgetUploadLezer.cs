using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Regio.Platform.Budgetten;

namespace Regio.Functions.Features.Budgetten;

/// <summary>
/// Reads the multipart form of a budget import, each refusal with its own Dutch answer, and describes that form in
/// OpenAPI. A cookie request (the page) must carry the antiforgery token; a bearer request cannot be forged.
/// </summary>
internal static class BudgetUploadLezer
{
    public const long MaximumVerzoek = Budgetbestanden.MaximumBytes + 64 * 1024;

    public static RouteHandlerBuilder BudgetUpload(this RouteHandlerBuilder route) => route
        .WithMetadata(new RequestSizeLimitAttribute(MaximumVerzoek))
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
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                ["domein"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "jeugd, wmo of socialebasis." },
                                ["bestand"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "XLSX of CSV: kopregel 'Post' en jaartallen, daaronder één rij per post in hele euro's; een rij 'Totaal' wordt gecontroleerd." },
                            },
                            Required = new HashSet<string> { "domein", "bestand" },
                        },
                    },
                },
            };
            return Task.CompletedTask;
        });

    public static async Task<(IFormCollection? Form, ProblemHttpResult? Probleem)> LeesAsync(HttpContext context, IAntiforgery antiforgery, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                detail: "Stuur het budget als multipart/form-data, met het domein in het veld 'domein' en het bestand in het veld 'bestand'."));
        }
        try
        {
            if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            return (await context.Request.ReadFormAsync(ct), null);
        }
        catch (AntiforgeryValidationException e)
        {
            throw new BadHttpRequestException("Ongeldig antiforgery-token.", StatusCodes.Status400BadRequest, e);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
                detail: "Het bestand is groter dan 2 MB; een budgetblad is veel kleiner. Kies het juiste bestand."));
        }
        catch (InvalidDataException)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
                detail: "Het formulier is niet goed opgebouwd als multipart/form-data. Stuur het bestand in het veld 'bestand' en probeer het opnieuw."));
        }
    }

    public static async Task<byte[]> BytesAsync(IFormFile bestand, CancellationToken ct)
    {
        if (bestand.Length > Budgetbestanden.MaximumBytes)
            return new byte[Budgetbestanden.MaximumBytes + 1];
        using var geheugen = new MemoryStream();
        await using var stream = bestand.OpenReadStream();
        await stream.CopyToAsync(geheugen, ct);
        return geheugen.ToArray();
    }
}
