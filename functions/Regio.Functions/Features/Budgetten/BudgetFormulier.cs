using Microsoft.OpenApi;
using Regio.Functions.Hosting;
using Regio.Platform.Budgetten;

namespace Regio.Functions.Features.Budgetten;

/// <summary>The multipart form of a budget import: its limit, fields and refusals, and the sheet read into memory (it is small).</summary>
internal static class BudgetFormulier
{
    public const long MaximumVerzoek = Budgetbestanden.MaximumBytes + 64 * 1024;

    public static readonly Multipartteksten Teksten = new(
        GeenFormulier: "Stuur het budget als multipart/form-data, met het domein in het veld 'domein' en het bestand in het veld 'bestand'.",
        TeGroot: "Het bestand is groter dan 2 MB; een budgetblad is veel kleiner. Kies het juiste bestand.");

    public static RouteHandlerBuilder Budgetblad(this RouteHandlerBuilder route) =>
        route.MultipartFormulier(MaximumVerzoek,
            new Formulierveld("domein", JsonSchemaType.String, "jeugd, wmo of socialebasis.", Verplicht: true),
            Formulierveld.VoorBestand("XLSX of CSV: kopregel 'Post' en jaartallen, daaronder één rij per post in hele euro's; een rij 'Totaal' wordt gecontroleerd."));

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
