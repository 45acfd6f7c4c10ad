using Microsoft.Playwright;

namespace Regio.Functions.Tests.Trajecten.Paginas;

/// <summary>Filling in /trajecten/nieuw as a person does: by the labels they read.</summary>
internal static class TrajectFormulier
{
    public const string Id = "gewoon-in-de-wijk-2030";
    public const string Naam = "Gewoon in de Wijk 2030 (demo)";

    public static async Task VulInAsync(IPage page, string id = Id, string naam = Naam, string percelen = "Sociale basis\nSociaal wijkteam")
    {
        await page.GetByLabel("Id", new() { Exact = true }).FillAsync(id);
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(naam);
        await page.GetByLabel("Procedure").SelectOptionAsync(new SelectOptionValue { Label = "Dialooggericht (SAS)" });
        await page.GetByLabel("Domein").SelectOptionAsync(new SelectOptionValue { Label = "Wmo" });
        await page.GetByLabel("Looptijd in jaren").FillAsync("8");
        await page.GetByLabel("Evaluatiemomenten").FillAsync("3, 6");
        await page.GetByLabel("Taakgericht", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Percelen").FillAsync(percelen);
    }

    public static Task VerstuurAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Traject aanmaken" }).ClickAsync();

    /// <summary>The phase shown for each perceel on the traject page, by number.</summary>
    public static async Task<Dictionary<string, string>> FasenAsync(IPage page)
    {
        var fasen = new Dictionary<string, string>();
        foreach (var sectie in await page.Locator("section[data-perceel]").AllAsync())
        {
            var kop = await sectie.Locator("h3").InnerTextAsync();
            fasen[kop] = await sectie.Locator("[data-testid='perceel-fase'] .utrecht-status-badge").InnerTextAsync();
        }
        return fasen;
    }
}
