using Microsoft.OpenApi;
using Regio.Functions.Hosting;
using Regio.Platform.Trajecten.Stukken;

namespace Regio.Functions.Features.Trajecten.Stukken;

/// <summary>The multipart form of a document upload (aanbestedingsstukken and the dialogue's shared documents): its limit, fields and refusals.</summary>
internal static class StukFormulier
{
    /// <summary>The largest request: the largest document plus room for the other fields and the multipart framing.</summary>
    public const long MaximumVerzoek = StukPublicatie.MaximumBytes + 1024 * 1024;

    public static readonly Multipartteksten Teksten = new(
        GeenFormulier: "Stuur het document als multipart/form-data, met het bestand in het veld 'bestand'.",
        TeGroot: $"Het bestand is groter dan {StukTeksten.Grootte(StukPublicatie.MaximumBytes)}. Maak het kleiner of verdeel het over meer documenten.");

    private static readonly Formulierveld Bestand =
        Formulierveld.VoorBestand("Het bestand: PDF, DOCX, XLSX of ODT, hoogstens 95 MB. De inhoud bepaalt de soort, niet de naam.");

    private static readonly Formulierveld Toelichting =
        new("toelichting", JsonSchemaType.String, "Wat dit document of deze versie is of wat er veranderde (niet verplicht).");

    /// <summary>A new document (with title and perceel) or a new version of one.</summary>
    public static RouteHandlerBuilder Stuk(this RouteHandlerBuilder route, bool nieuwDocument) =>
        route.MultipartFormulier(MaximumVerzoek, nieuwDocument
            ?
            [
                new("titel", JsonSchemaType.String, "De titel, bijvoorbeeld ‘Beschrijvend document’.", Verplicht: true),
                new("perceel", JsonSchemaType.Integer, "Het nummer van het perceel; weglaten voor het hele traject."),
                Bestand, Toelichting,
            ]
            : [Bestand, Toelichting]);

    /// <summary>A document shared with every participant of a dialogue round.</summary>
    public static RouteHandlerBuilder GedeeldDocument(this RouteHandlerBuilder route) =>
        route.MultipartFormulier(MaximumVerzoek,
            new Formulierveld("titel", JsonSchemaType.String, "De titel, bijvoorbeeld ‘Agenda ronde 2’.", Verplicht: true), Bestand);
}
