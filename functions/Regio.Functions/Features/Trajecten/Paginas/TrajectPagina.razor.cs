using Microsoft.AspNetCore.Components;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Functions.Components;
using Regio.Functions.Components.Formulieren;
using Regio.Functions.Hosting.Auth;
using Regio.Platform.Storage;
using Regio.Platform;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Functions.Features.Trajecten.Paginas;

/// <summary>Reads the traject through the use case and hands each form to the use case that decides: fase wijzigen, perceel toevoegen.</summary>
public partial class TrajectPagina
{
    [Parameter]
    public string Id { get; set; } = "";

    [SupplyParameterFromForm(Name = "Wijziging")]
    private FaseFormulierGegevens? Wijziging { get; set; }

    [SupplyParameterFromForm(Name = "NieuwPerceel")]
    private PerceelFormulierGegevens? NieuwPerceel { get; set; }

    private TrajectVersie? _versie;
    private Domain.Regios.Regio? _regio;
    private bool _magBeheren;
    private bool _magGeschiedenisZien;
    private string? _formulier;
    private string? _faseFout;
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _gelukt;

    protected override async Task OnInitializedAsync()
    {
        await LaadAsync();
        if (_versie is null)
        {
            ZetStatus(StatusCodes.Status404NotFound);
            return;
        }
        _regio = await Werkgebied.GetAsync(_versie.Traject.Eigenaar, Afgebroken);
    }

    private async Task LaadAsync() => Toon(await Bekijken.GetAsync(Actor, new TrajectId(Id), Afgebroken) is Uitkomst<TrajectVersie>.Gelukt g ? g.Waarde : null);

    private void Toon(TrajectVersie? versie)
    {
        _versie = versie;
        // The forms are offered to whom the policy lets manage the traject; the use case asks the policy again on submit.
        _magBeheren = versie is not null && AccessPolicy.Beslis(Actor, Actie.TrajectBeheren, versie.Traject, versie.Peildatum) is Besluit.Toegestaan;
        _magGeschiedenisZien = versie is not null && AccessPolicy.Beslis(Actor, Actie.GeschiedenisInzien, versie.Traject, versie.Peildatum) is Besluit.Toegestaan;
    }

    private async Task WijzigFaseAsync()
    {
        var nummer = Wijziging!.Perceel;
        _formulier = FaseFormulier(nummer);
        if (TrajectTeksten.Lees<Fase>(Wijziging.Naar) is not { } naar)
        {
            _faseFout = "Kies de fase waarnaar het perceel gaat.";
            _weigering = $"Perceel {nummer}: {_faseFout}";
            return;
        }
        var uitkomst = await Fasewijziging.ChangeAsync(Actor, new TrajectId(Id), nummer, naar, Versie.Parse(Wijziging.ETag), Afgebroken);
        if (uitkomst is Uitkomst<TrajectVersie>.Gelukt g)
        {
            _gelukt = $"Perceel {nummer} is nu in de fase {naar.Naam()}.";
            _formulier = null;
            Toon(g.Waarde);
            return;
        }
        _weigering = Melding(uitkomst);
        // A gate that refused is about the phase asked for: say it beside the choice too. A stale read is not.
        _faseFout = uitkomst is Uitkomst<TrajectVersie>.Conflict { Verouderd: false } ? _weigering : null;
        _weigering = $"Perceel {nummer}: {_weigering}";
        await LaadAsync();
    }

    private async Task VoegPerceelToeAsync()
    {
        _formulier = "perceel-toevoegen";
        var uitkomst = await Perceeltoevoeging.AddAsync(Actor, new TrajectId(Id), NieuwPerceel!.Naam, Versie.Parse(NieuwPerceel.ETag), Afgebroken);
        switch (uitkomst)
        {
            case Uitkomst<TrajectVersie>.Gelukt g:
                var nieuw = g.Waarde.Traject.Percelen[^1];
                _gelukt = $"Perceel {nieuw.Nummer}, {nieuw.Naam}, is toegevoegd in de fase Voorbereiding.";
                Toon(g.Waarde);
                return;
            case Uitkomst<TrajectVersie>.Ongeldig o:
                _fouten = o.Fouten.Select(f => new Fout(f.Key, "perceel-naam", f.Value)).ToList();
                break;
            default:
                _weigering = Melding(uitkomst);
                break;
        }
        await LaadAsync();
    }


    private static Fase? Volgende(Procedure procedure, Fase huidig) =>
        Overgangstabel.Van(procedure).Where(s => s.Van == huidig && s.Naar != Fase.Ingetrokken).Select(s => (Fase?)s.Naar).FirstOrDefault();

    private static string FaseFormulier(int perceel) => $"fase-perceel-{perceel}";

    private string? FoutBij(string veld) => _fouten.FirstOrDefault(f => f.Veld == veld)?.Melding;

    private sealed class FaseFormulierGegevens
    {
        public int Perceel { get; set; }
        public string? Naar { get; set; }
        public string? ETag { get; set; }
    }

    private sealed class PerceelFormulierGegevens
    {
        public string? Naam { get; set; }
        public string? ETag { get; set; }
    }
}
