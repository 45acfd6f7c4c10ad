using Microsoft.AspNetCore.Components;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Functions.Components.Formulieren;
using Regio.Platform;
using Regio.Platform.Budgetten;
using Regio.Platform.Storage;

namespace Regio.Functions.Features.Budgetten;

/// <summary>Reads the verdelingen through the use case; each perceel's form records its verdeling with the version it showed.</summary>
public sealed partial class VerdelingPagina
{
    [Parameter]
    public string TrajectId { get; set; } = "";

    [SupplyParameterFromForm(Name = "Invoer")]
    private VerdelingGegevens? Invoer { get; set; }

    private VerdelingenVanTraject? _gegevens;
    private Domain.Regios.Regio? _regio;
    private string? _geweigerd;
    private string? _reden;
    private int? _formulier;
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _gelukt;

    protected override async Task OnInitializedAsync()
    {
        Invoer ??= new();
        await LaadAsync();
        _regio = _gegevens is { } gegevens ? await Werkgebied.GetAsync(gegevens.Traject.Eigenaar, Afgebroken) : null;
    }

    private async Task LaadAsync()
    {
        var uitkomst = await Bekijken.GetAsync(Actor, new TrajectId(TrajectId), Afgebroken);
        _gegevens = uitkomst is Uitkomst<VerdelingenVanTraject>.Gelukt g ? g.Waarde : null;
        if (uitkomst is Uitkomst<VerdelingenVanTraject>.Geweigerd w)
        {
            (_geweigerd, _reden) = ("Geen toegang", w.Reden);
            ZetStatus(StatusCodes.Status403Forbidden);
        }
        else if (_gegevens is null)
        {
            ZetStatus(StatusCodes.Status404NotFound);
        }
    }

    private async Task VastleggenAsync()
    {
        var nummer = Invoer!.Perceel;
        _formulier = nummer;
        if (_gegevens is null)
            return;
        var (verdeling, fouten) = VerdelingTeksten.Lees(Invoer.Contractwaarde, Invoer.Aandelen, _gegevens.Traject.Deelnemers);
        var uitkomst = verdeling is null
            ? new Uitkomst<VerdelingVanPerceel>.Ongeldig(fouten)
            : await Vastleggen.SaveAsync(Actor, new TrajectId(TrajectId), nummer, verdeling,
                string.IsNullOrWhiteSpace(Invoer.ETag) ? null : Versie.Parse(Invoer.ETag), Afgebroken);
        switch (uitkomst)
        {
            case Uitkomst<VerdelingVanPerceel>.Gelukt:
                _gelukt = $"De verdeling van perceel {nummer} is vastgelegd. Elke gemeente ziet haar aandeel nu bij haar budget.";
                _formulier = null;
                break;
            case Uitkomst<VerdelingVanPerceel>.Ongeldig o:
                _fouten = o.Fouten.Select(f => new Fout(f.Key, Doel(nummer, f.Key), f.Value)).ToList();
                break;
            default:
                _weigering = Melding(uitkomst);
                _formulier = null;
                break;
        }
        await LaadAsync();
    }

    private string Doel(int nummer, string veld) => veld switch
    {
        "contractwaarde" => $"verdeling-{nummer}-contractwaarde",
        _ when veld.StartsWith("aandelen.", StringComparison.Ordinal) => $"verdeling-{nummer}-{veld["aandelen.".Length..]}",
        _ => $"verdeling-{nummer}-{(_gegevens?.Traject.Deelnemers is { Count: > 0 } d ? d[0].Value : "")}",
    };

    private string? FoutBij(int nummer, string veld) =>
        _formulier == nummer ? _fouten.FirstOrDefault(f => f.Veld == veld)?.Melding : null;

    private sealed class VerdelingGegevens
    {
        public int Perceel { get; set; }
        public string? ETag { get; set; }
        public string? Contractwaarde { get; set; }
        public Dictionary<string, string> Aandelen { get; set; } = [];
    }
}
