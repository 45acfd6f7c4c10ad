using Microsoft.AspNetCore.Components;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Functions.Components;
using Regio.Functions.Components.Formulieren;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Functions.Features.Trajecten.Paginas;

/// <summary>Checks who may start a traject (the policy, through <see cref="TrajectAanmaker"/>) and hands the form to <see cref="TrajectAanmaken.CreateAsync"/>.</summary>
public partial class NieuwTrajectPagina : PaginaBasis
{
    private static readonly string[] Volgorde =
        ["id", "naam", "eigenaar", "deelnemers", "procedure", "domein", "contract.looptijdJaren", "contract.evaluatiemomenten", "contract.bekostiging", "percelen"];

    [SupplyParameterFromForm(FormName = "traject-aanmaken")]
    private NieuwTrajectFormulier? Traject { get; set; }

    private Domain.Regios.Regio? _regio;
    private Eigenaar? _eigenaar;
    private string? _geenToegang;
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;

    protected override async Task OnInitializedAsync()
    {
        switch (TrajectAanmaker.Besluit(Actor))
        {
            case Besluit.Geweigerd g:
                Weiger(g.Reden);
                return;
            case Besluit.NietGevonden:
                Weiger("Alleen een inkoper van een gemeente of de regiocoördinator kan een traject starten. Vraag het een inkoper van uw gemeente.");
                return;
        }
        _eigenaar = TrajectAanmaker.EigenaarVoor(Actor);
        _regio = _eigenaar is null ? null : await Werkgebied.GetAsync(_eigenaar, Afgebroken);
        // A first visit ticks every gemeente; after a post the form says what was ticked, also when that was none.
        Traject ??= new() { Deelnemers = _regio?.Gemeenten.Select(g => g.Id.Value).ToList() };
    }

    private void Weiger(string reden)
    {
        _geenToegang = reden;
        ZetStatus(StatusCodes.Status403Forbidden);
    }

    private async Task MaakAsync()
    {
        if (_eigenaar is null || _regio is null)
        {
            return;
        }
        var (nieuw, fouten) = Traject!.AlsNieuwTraject(_eigenaar);
        if (fouten.Count > 0)
        {
            // Show the use case's findings too, so one round trip reports everything to fix.
            foreach (var (veld, fout) in nieuw.Controleer(_regio))
            {
                fouten.TryAdd(veld, fout);
            }
        }
        else
        {
            switch (await Aanmaken.CreateAsync(Actor, nieuw, Afgebroken))
            {
                case Uitkomst<TrajectVersie>.Gelukt g:
                    Navigatie.NavigateTo($"/trajecten/{Uri.EscapeDataString(g.Waarde.Traject.Id.Value)}");
                    return;
                case Uitkomst<TrajectVersie>.Ongeldig o:
                    fouten = new(o.Fouten);
                    break;
                case Uitkomst<TrajectVersie>.Conflict c:
                    fouten["id"] = c.Melding;
                    break;
                case Uitkomst<TrajectVersie>.Geweigerd w:
                    _weigering = w.Reden;
                    break;
                default:
                    _weigering = "Het traject is niet aangemaakt. Ververs de pagina en probeer het opnieuw.";
                    break;
            }
        }
        _fouten = fouten.OrderBy(f => Array.IndexOf(Volgorde, f.Key) is var i && i < 0 ? int.MaxValue : i)
            .Select(f => new Fout(f.Key, Doel(f.Key), f.Value))
            .ToList();
    }

    private string Doel(string veld) => veld switch
    {
        "id" or "naam" or "procedure" or "domein" or "percelen" => $"traject-{veld}",
        "deelnemers" => _regio is { Gemeenten.Count: > 0 } r ? $"traject-deelnemer-{r.Gemeenten[0].Id}" : "traject-formulier",
        "contract.looptijdJaren" => "traject-looptijd",
        "contract.evaluatiemomenten" => "traject-evaluatiemomenten",
        "contract.bekostiging" => $"traject-bekostiging-{Bekostiging.Taakgericht.ToString().ToLowerInvariant()}",
        _ => "traject-formulier",
    };

    private string? FoutBij(string veld) => _fouten.FirstOrDefault(f => f.Veld == veld)?.Melding;
}
