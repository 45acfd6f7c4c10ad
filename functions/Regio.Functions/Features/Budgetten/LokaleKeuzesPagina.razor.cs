using Microsoft.AspNetCore.Components;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Functions.Components.Formulieren;
using Regio.Platform;
using Regio.Platform.Budgetten;
using Regio.Platform.Storage;

namespace Regio.Functions.Features.Budgetten;

/// <summary>Reads the keuzes through the use case and hands the new-keuze and change forms to it.</summary>
public sealed partial class LokaleKeuzesPagina
{
    [Parameter]
    public string GemeenteId { get; set; } = "";

    [SupplyParameterFromForm(Name = "Invoer")]
    private KeuzeGegevens? Invoer { get; set; }

    private KeuzesVanGemeente? _keuzes;
    private string _naam = "";
    private string? _formulier;
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _gelukt;

    protected override async Task OnInitializedAsync()
    {
        Invoer ??= new();
        var regio = await Werkgebied.GetAsync(new Eigenaar.EenGemeente(new GemeenteId(GemeenteId)), Afgebroken);
        _naam = regio?.NaamVan(new GemeenteId(GemeenteId)) ?? GemeenteId;
        await LaadAsync();
        if (_keuzes is null)
        {
            ZetStatus(StatusCodes.Status404NotFound);
        }
    }

    private async Task LaadAsync() =>
        _keuzes = await Bekijken.ListAsync(Actor, new GemeenteId(GemeenteId), Afgebroken) is Uitkomst<KeuzesVanGemeente>.Gelukt g ? g.Waarde : null;

    private async Task VastleggenAsync()
    {
        var keuzeId = string.IsNullOrWhiteSpace(Invoer!.KeuzeId) ? null : Invoer.KeuzeId;
        _formulier = keuzeId is null ? "nieuw" : $"wijzig-{keuzeId}";
        var uitkomst = await Vastleggen.SaveAsync(Actor, new GemeenteId(GemeenteId), keuzeId, Invoer.AlsInvoer(),
            keuzeId is null ? null : Versie.Parse(Invoer.ETag), Afgebroken);
        switch (uitkomst)
        {
            case Uitkomst<(LokaleKeuze Keuze, Versie Versie)>.Gelukt g:
                _gelukt = $"De keuze ‘{g.Waarde.Keuze.Naam}’ is opgeslagen{(g.Waarde.Keuze.GedeeldMetRegio ? " en gedeeld met de regio" : "")}.";
                _formulier = null;
                break;
            case Uitkomst<(LokaleKeuze Keuze, Versie Versie)>.Ongeldig o:
                string[] volgorde = ["naam", "onderwerp", "omschrijving", "trajecten", "notitieVoorRaad"];
                _fouten = o.Fouten.OrderBy(f => Array.IndexOf(volgorde, f.Key)).Select(f => new Fout(f.Key, $"{_formulier}-{f.Key}", f.Value)).ToList();
                break;
            default:
                _weigering = Melding(uitkomst);
                _formulier = null;
                break;
        }
        await LaadAsync();
    }
}
