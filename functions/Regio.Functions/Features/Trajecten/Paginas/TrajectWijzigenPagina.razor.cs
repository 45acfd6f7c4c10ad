using Microsoft.AspNetCore.Components;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Functions.Components;
using Regio.Functions.Components.Formulieren;
using Regio.Platform.Storage;
using Regio.Platform;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Functions.Features.Trajecten.Paginas;

/// <summary>
/// Reads the form as "Nieuw traject" does (<see cref="NieuwTrajectFormulier"/>, the same field names and components)
/// and hands it to <see cref="TrajectWijzigen.SaveAsync"/>, which decides. The form is offered only to whom the
/// policy lets manage the traject; the use case asks the policy again.
/// </summary>
public sealed partial class TrajectWijzigenPagina : PaginaBasis
{
    private static readonly string[] Volgorde =
        ["naam", "domein", "deelnemers", "procedure", "contract", "contract.looptijdJaren", "contract.evaluatiemomenten", "contract.bekostiging"];

    [Parameter]
    public string Id { get; set; } = "";

    [SupplyParameterFromForm(FormName = "traject-wijzigen", Name = "Traject")]
    private NieuwTrajectFormulier? Traject { get; set; }

    /// <summary>The ETag of the version the form was filled from: a change is judged against what the person saw.</summary>
    [SupplyParameterFromForm(FormName = "traject-wijzigen", Name = "ETag")]
    private string? GelezenETag { get; set; }

    /// <summary>Whether the form was shown with procedure, deelnemers and contract fixed, so it did not send them.</summary>
    [SupplyParameterFromForm(FormName = "traject-wijzigen", Name = "Vast")]
    private bool ZonderVasteVelden { get; set; }

    private TrajectVersie? _versie;
    private Domain.Regios.Regio? _regio;
    private string? _etag;
    private string? _geenToegang;
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;

    private bool Vast => _versie is { } v && v.Traject.IsGepubliceerd(v.Peildatum);

    protected override async Task OnInitializedAsync()
    {
        _versie = await Bekijken.GetAsync(Actor, new TrajectId(Id), Afgebroken) is Uitkomst<TrajectVersie>.Gelukt g ? g.Waarde : null;
        if (_versie is not { } versie)
        {
            ZetStatus(StatusCodes.Status404NotFound);
            return;
        }
        if (AccessPolicy.Beslis(Actor, Actie.TrajectBeheren, versie.Traject, versie.Peildatum) is var besluit and not Besluit.Toegestaan)
        {
            _geenToegang = besluit is Besluit.Geweigerd w ? w.Reden : "U kunt de gegevens van dit traject niet wijzigen.";
            ZetStatus(StatusCodes.Status403Forbidden);
            return;
        }
        _regio = await Werkgebied.GetAsync(versie.Traject.Eigenaar, Afgebroken);
        Traject ??= Ingevuld(versie.Traject);
        _etag = GelezenETag ?? versie.Versie.ToString();
    }

    private async Task WijzigAsync()
    {
        if (_versie is not { } versie || _regio is not { } regio || _geenToegang is not null)
        {
            return;
        }
        var huidig = versie.Traject;
        var (gelezen, fouten) = Traject!.AlsNieuwTraject(huidig.Eigenaar);
        var wijziging = new TrajectWijziging(gelezen.Naam, gelezen.Deelnemers, gelezen.Procedure, gelezen.Domein, gelezen.Contract);
        if (ZonderVasteVelden)
        {
            // What is fixed is not in the form; the traject's own values go along, so only naam and domein can differ.
            fouten = fouten.Where(f => !TrajectWijziging.VastNaPublicatie.Any(v => f.Key == v || f.Key.StartsWith(v + ".", StringComparison.Ordinal))).ToDictionary();
            wijziging = wijziging with
            {
                Deelnemers = huidig.IsRegionaal ? huidig.Deelnemers.Select(d => d.Value).ToList() : null,
                Procedure = huidig.Procedure,
                Contract = huidig.Contract,
            };
        }
        foreach (var (veld, fout) in fouten.Count > 0 ? wijziging.Controleer(huidig, regio) : new Dictionary<string, string>())
        {
            // Show the use case's findings too, so one round trip reports everything to fix.
            fouten.TryAdd(veld, fout);
        }
        if (fouten.Count == 0)
        {
            switch (await Wijzigen.SaveAsync(Actor, huidig.Id, wijziging, Versie.Parse(GelezenETag), Afgebroken))
            {
                case Uitkomst<TrajectVersie>.Gelukt:
                    Navigatie.NavigateTo($"/trajecten/{Uri.EscapeDataString(huidig.Id.Value)}");
                    return;
                case Uitkomst<TrajectVersie>.Ongeldig o:
                    fouten = new(o.Fouten);
                    break;
                case Uitkomst<TrajectVersie>.Conflict { Verouderd: true } c:
                    // Start again from what is stored now, so nobody's change is overwritten by a second click.
                    _weigering = c.Melding + " Het formulier toont nu de huidige gegevens.";
                    Traject = Ingevuld(versie.Traject);
                    _etag = versie.Versie.ToString();
                    break;
                case var geweigerd:
                    _weigering = Melding(geweigerd);
                    break;
            }
        }
        _fouten = fouten.OrderBy(f => Array.IndexOf(Volgorde, f.Key) is var i && i < 0 ? int.MaxValue : i)
            .Select(f => new Fout(f.Key, Doel(f.Key), f.Value))
            .ToList();
    }

    private static NieuwTrajectFormulier Ingevuld(Traject traject) => new()
    {
        Naam = traject.Naam,
        Deelnemers = traject.Deelnemers.Select(d => d.Value).ToList(),
        Procedure = traject.Procedure?.ToString(),
        Domein = traject.Domein?.ToString(),
        Looptijd = traject.Contract?.LooptijdJaren.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Evaluatiemomenten = traject.Contract is { } c ? string.Join(", ", c.Evaluatiemomenten.Order()) : null,
        Bekostiging = traject.Contract?.Bekostiging.ToString(),
        ReeleTarieven = traject.Contract?.ReeleTarieven == true,
    };

    private string Doel(string veld) => veld switch
    {
        "naam" or "procedure" or "domein" => $"traject-{veld}",
        "deelnemers" => _regio is { Gemeenten.Count: > 0 } r ? $"traject-deelnemer-{r.Gemeenten[0].Id}" : "traject-formulier",
        "contract" or "contract.looptijdJaren" => "traject-looptijd",
        "contract.evaluatiemomenten" => "traject-evaluatiemomenten",
        "contract.bekostiging" => "traject-bekostiging-taakgericht",
        _ => "traject-formulier",
    };

    private string? FoutBij(string veld) => _fouten.FirstOrDefault(f => f.Veld == veld)?.Melding;
}
