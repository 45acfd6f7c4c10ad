using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Regio.Functions.Features.Trajecten.Stukken;

namespace Regio.Functions.Features.Trajecten.Dialogen;

/// <summary>The multipart form of a shared document, in OpenAPI and in the request limits (see StukOpenApi for why not Accepts).</summary>
internal static class DialoogOpenApi
{
    public static RouteHandlerBuilder DialoogUpload(this RouteHandlerBuilder route) => route
        .WithMetadata(new RequestSizeLimitAttribute(StukUploadLezer.MaximumVerzoek))
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
                                ["titel"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "De titel, bijvoorbeeld ‘Agenda ronde 2’." },
                                ["bestand"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "PDF, DOCX, XLSX of ODT, hoogstens 95 MB; de inhoud bepaalt de soort." },
                            },
                            Required = new HashSet<string> { "titel", "bestand" },
                        },
                    },
                },
            };
            return Task.CompletedTask;
        });
}
