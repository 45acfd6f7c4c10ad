using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Regio.Functions.Features.Trajecten.Stukken;

/// <summary>
/// Describes the multipart form of an upload in OpenAPI. Not with Accepts metadata: routing would then answer any other
/// media type itself, with the generic 415 that asks for JSON, instead of the endpoint's own Dutch answer.
/// </summary>
internal static class StukOpenApi
{
    public static RouteHandlerBuilder Formulier(this RouteHandlerBuilder route, bool nieuwDocument) =>
        route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var velden = new Dictionary<string, IOpenApiSchema>
            {
                ["bestand"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "Het bestand: PDF, DOCX, XLSX of ODT, hoogstens 95 MB. De inhoud bepaalt de soort, niet de naam." },
                ["toelichting"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Wat dit document of deze versie is of wat er veranderde (niet verplicht)." },
            };
            if (nieuwDocument)
            {
                velden["titel"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "De titel, bijvoorbeeld ‘Beschrijvend document’." };
                velden["perceel"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "Het nummer van het perceel; weglaten voor het hele traject." };
            }
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
                            Properties = velden,
                            Required = nieuwDocument ? new HashSet<string> { "titel", "bestand" } : new HashSet<string> { "bestand" },
                        },
                    },
                },
            };
            return Task.CompletedTask;
        });
}
