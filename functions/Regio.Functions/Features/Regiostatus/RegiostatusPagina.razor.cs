using Microsoft.AspNetCore.Components;
using Regio.Domain.Regios;
using Regio.Platform;
using Regio.Platform.Regiostatus;

namespace Regio.Functions.Features.Regiostatus;

/// <summary>Reads the status with the filters from the query string; a filter that is no choice shows what to pick (400).</summary>
public partial class RegiostatusPagina
{
    [Parameter]
    public string RegioId { get; set; } = "";

    [SupplyParameterFromQuery(Name = "domein")]
    private string? Domein { get; set; }

    [SupplyParameterFromQuery(Name = "fase")]
    private string? Fase { get; set; }

    [SupplyParameterFromQuery(Name = "gemeente")]
    private string? Gemeente { get; set; }

    private Domain.Regios.Regio? _regio;
    private Statusoverzicht? _overzicht;
    private string? _weigering;
    private IReadOnlyDictionary<string, string> _fouten = new Dictionary<string, string>();

    protected override async Task OnInitializedAsync()
    {
        var uitkomst = await Query.ReadAsync(Actor, new RegioId(RegioId), Domein, Fase, Gemeente, Afgebroken);
        switch (uitkomst)
        {
            case Uitkomst<Statusoverzicht>.Gelukt g:
                _overzicht = g.Waarde;
                _regio = g.Waarde.Regio;
                break;
            case Uitkomst<Statusoverzicht>.Ongeldig o:
                _fouten = o.Fouten;
                _regio = await Regios.GetAsync(new RegioId(RegioId), Afgebroken);
                ZetStatus(StatusCodes.Status400BadRequest);
                break;
            case Uitkomst<Statusoverzicht>.Geweigerd w:
                _weigering = w.Reden;
                ZetStatus(StatusCodes.Status403Forbidden);
                break;
            default:
                ZetStatus(StatusCodes.Status404NotFound);
                break;
        }
    }
}
