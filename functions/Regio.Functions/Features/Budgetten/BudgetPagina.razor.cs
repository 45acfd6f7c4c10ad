using Microsoft.AspNetCore.Components;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Functions.Components.Formulieren;
using Regio.Platform;
using Regio.Platform.Budgetten;
using Regio.Platform.Storage;

namespace Regio.Functions.Features.Budgetten;

/// <summary>
/// The budget page's forms post to the page itself: the upload shows the preview (nothing is stored but the pending
/// import), the apply form sends back that preview's id and version, and the use case decides each step.
/// </summary>
public sealed partial class BudgetPagina
{
    [Parameter]
    public string GemeenteId { get; set; } = "";

    [SupplyParameterFromQuery(Name = "weergave")]
    private string? Weergave { get; set; }

    [SupplyParameterFromForm]
    private string? Domein { get; set; }

    [SupplyParameterFromForm]
    private IFormFile? Bestand { get; set; }

    [SupplyParameterFromForm(Name = "Toepassing")]
    private ToepassingGegevens? Toepassing { get; set; }

    [SupplyParameterFromForm(Name = "Vaststelling")]
    private VaststellingGegevens? Vaststelling { get; set; }

    private BudgetOverzicht? _overzicht;
    private Voorvertoning? _voorvertoning;
    private string _naam = "";
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _gelukt;

    private bool InEuro => Weergave == "euro";

    protected override async Task OnInitializedAsync()
    {
        var regio = await Werkgebied.GetAsync(new Eigenaar.EenGemeente(new GemeenteId(GemeenteId)), Afgebroken);
        _naam = regio?.NaamVan(new GemeenteId(GemeenteId)) ?? GemeenteId;
        await LaadAsync();
        if (_overzicht is null)
        {
            ZetStatus(StatusCodes.Status404NotFound);
        }
    }

    private async Task LaadAsync() =>
        _overzicht = await Bekijken.GetAsync(Actor, new GemeenteId(GemeenteId), Afgebroken) is Uitkomst<BudgetOverzicht>.Gelukt g ? g.Waarde : null;

    private async Task BekijkImportAsync()
    {
        byte[]? inhoud = Bestand is null ? null : await BudgetFormulier.BytesAsync(Bestand, Afgebroken);
        var uitkomst = await Voorvertonen.PreviewAsync(Actor, new GemeenteId(GemeenteId), Domein, Bestand?.FileName, inhoud, Afgebroken);
        switch (uitkomst)
        {
            case Uitkomst<Voorvertoning>.Gelukt g:
                _voorvertoning = g.Waarde;
                break;
            case Uitkomst<Voorvertoning>.Ongeldig o:
                _fouten = o.Fouten.OrderBy(f => f.Key.StartsWith("domein", StringComparison.Ordinal) ? 0 : 1)
                    .Select(f => new Fout(f.Key.Split('!')[0], $"import-{f.Key.Split('!')[0]}", f.Value)).ToList();
                break;
            default:
                _weigering = Melding(uitkomst);
                break;
        }
    }

    private async Task PasToeAsync()
    {
        var gemeente = new GemeenteId(GemeenteId);
        var uitkomst = await Toepassen.ApplyAsync(Actor, gemeente, Toepassing?.ImportId ?? "", Toepassing?.Versie, Toepassing?.Reden, Afgebroken);
        switch (uitkomst)
        {
            case Uitkomst<BudgetVersie>.Gelukt g:
                _gelukt = $"De import is toegepast. Het budget {Budgetdomein.Naam(g.Waarde.Budget.Domein)} heeft nu {g.Waarde.Budget.Posten.Count} posten.";
                break;
            case Uitkomst<BudgetVersie>.Ongeldig o:
                // Show the same preview again, with the missing reason beside its field.
                _voorvertoning = await Voorvertonen.GetAsync(Actor, gemeente, Toepassing?.ImportId ?? "", Afgebroken) is Uitkomst<Voorvertoning>.Gelukt v ? v.Waarde : null;
                _fouten = o.Fouten.Select(f => new Fout(f.Key, $"toepassen-{f.Key}", f.Value)).ToList();
                break;
            default:
                _weigering = Melding(uitkomst);
                break;
        }
        await LaadAsync();
    }

    private async Task StelVastAsync()
    {
        var uitkomst = await Vaststellen.AdoptAsync(Actor, new GemeenteId(GemeenteId), Vaststelling?.Domein, Versie.Parse(Vaststelling?.ETag), Afgebroken);
        if (uitkomst is Uitkomst<BudgetVersie>.Gelukt g)
            _gelukt = $"Het budget {Budgetdomein.Naam(g.Waarde.Budget.Domein)} is vastgesteld. Een wijziging vraagt vanaf nu een reden.";
        else
            _weigering = Melding(uitkomst);
        await LaadAsync();
    }

    private string? FoutBij(string veld) =>
        _fouten.Where(f => f.Veld == veld).Select(f => f.Melding).ToList() is { Count: > 0 } meldingen ? string.Join(" ", meldingen) : null;

    private sealed class ToepassingGegevens
    {
        public string? ImportId { get; set; }
        public string? Versie { get; set; }
        public string? Reden { get; set; }
    }

    private sealed class VaststellingGegevens
    {
        public string? Domein { get; set; }
        public string? ETag { get; set; }
    }
}
