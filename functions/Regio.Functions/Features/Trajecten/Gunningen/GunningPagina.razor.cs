using System.Globalization;
using Microsoft.AspNetCore.Components;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Functions.Components.Formulieren;
using Regio.Platform;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten.Gunningen;

namespace Regio.Functions.Features.Trajecten.Gunningen;

/// <summary>Reads the gunning through its use cases and hands each form to the use case that decides.</summary>
public partial class GunningPagina
{
    [Inject]
    private GunningBekijken Bekijken { get; set; } = default!;

    [Inject]
    private ConceptbrievenBekijken Voorbeeld { get; set; } = default!;

    [Inject]
    private AankondigingOpmaken Aankondiging { get; set; } = default!;

    [Inject]
    private BesluitOpstellen Opstellen { get; set; } = default!;

    [Inject]
    private BrievenVerzenden Verzender { get; set; } = default!;

    [Parameter]
    public string TrajectId { get; set; } = "";

    [Parameter]
    public int Nummer { get; set; }

    [SupplyParameterFromForm(Name = "Keuze")]
    private KeuzeFormulier? Keuze { get; set; }

    [SupplyParameterFromForm(Name = "Verzenden")]
    private VerzendFormulier? Verzenden { get; set; }

    [SupplyParameterFromForm(Name = "Verzoek")]
    private BezwaarFormulier? Verzoek { get; set; }

    [SupplyParameterFromForm(Name = "Bezwaar")]
    private BezwaarWerkFormulier? Bezwaar { get; set; }

    [SupplyParameterFromForm(Name = "Definitief")]
    private DefinitiefFormulier? Definitief { get; set; }

    private Gunningsbeeld? _beeld;
    private Conceptbrieven? _concept;
    private Gunningsaankondiging? _aankondiging;
    private KeuzeFormulier? _keuze;
    private BezwaarFormulier? _verzoek;
    private BezwaarWerkFormulier? _bezwaarWerk;
    private DefinitiefFormulier? _definitief;
    private string? _formulier;
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _gelukt;

    private TrajectId Id => new(TrajectId);

    private string Titel => _beeld is { Perceel: var p } ? $"Gunning perceel {p.Nummer}: {p.Naam}" : "Niet gevonden";

    protected override async Task OnInitializedAsync()
    {
        await LaadAsync();
        if (_beeld is null)
            ZetStatus(StatusCodes.Status404NotFound);
    }

    private async Task LaadAsync()
    {
        _beeld = await Bekijken.GetAsync(Actor, Id, Nummer, Afgebroken) is Uitkomst<Gunningsbeeld>.Gelukt g ? g.Waarde : null;
        _concept = _beeld is { MagBeheren: true, Besluit: not null, Verzonden: null }
            && await Voorbeeld.GetAsync(Actor, Id, Nummer, Afgebroken) is Uitkomst<Conceptbrieven>.Gelukt c ? c.Waarde : null;
        _aankondiging = _beeld is { VanEigenaar: true, Verzonden: not null }
            && await Aankondiging.GetAsync(Actor, Id, Nummer, Afgebroken) is Uitkomst<Gunningsaankondiging>.Gelukt a ? a.Waarde : null;
    }

    private Task KiesAsync()
    {
        _keuze = Keuze ?? new();
        return AfhandelenAsync("winnaars", Opstellen.SaveAsync(Actor, Id, Nummer, _keuze.Winnaars, _keuze.Afwijking, _keuze.Toelichting, VersieOfNull(_keuze.ETag), Afgebroken),
            "Het concept is opgeslagen. Controleer de conceptbrieven hieronder en verzend ze.");
    }

    private Task VerzendAsync()
    {
        var formulier = Verzenden ?? new();
        if (formulier.Bevestigd != "ja")
            return FoutAsync("verzenden", "bevestigd", "verzenden-bevestigd", "Bevestig dat u de brieven heeft gecontroleerd.");
        return AfhandelenAsync("verzenden", Verzender.SendAsync(Actor, Id, Nummer, Versie.Parse(formulier.ETag), Afgebroken),
            "De gunningsbeslissing is verzonden aan alle inschrijvers. De opschortende termijn loopt.");
    }

    private async Task AfhandelenAsync<T>(string formulier, Task<Uitkomst<T>> actie, string gelukt)
    {
        _formulier = formulier;
        switch (await actie)
        {
            case Uitkomst<T>.Gelukt:
                _gelukt = gelukt;
                (_formulier, _keuze, _verzoek, _bezwaarWerk, _definitief) = (null, null, null, null, null);
                break;
            case Uitkomst<T>.Ongeldig o:
                _fouten = o.Fouten.Select(f => new Fout(f.Key, Doel(formulier, f.Key), f.Value)).ToList();
                break;
            case var nee:
                _weigering = Melding(nee);
                break;
        }
        await LaadAsync();
    }

    private Task FoutAsync(string formulier, string veld, string doel, string melding)
    {
        _formulier = formulier;
        _fouten = [new Fout(veld, doel, melding)];
        return LaadAsync();
    }

    private IReadOnlyList<Fout> FoutenVan(string formulier) => _formulier == formulier ? _fouten : [];

    private static string Doel(string formulier, string veld) => (formulier, veld) switch
    {
        ("winnaars", "winnaars") => "winnaar-0",
        ("winnaars", _) => $"keuze-{veld}",
        ("aanvullende-motivering" or "kort-geding", _) => $"{formulier}-toelichting",
        _ => $"{formulier}-{veld}",
    };

    private static Versie? VersieOfNull(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : Versie.Parse(tekst);

    private static string Standtekst(Gunningsbeeld b) => b switch
    {
        { IsDefinitief: true } => $"Definitief gegund aan {string.Join(", ", b.WinnaarNamen)}.",
        { Verzonden: { } v } => $"Voorlopig gegund aan {string.Join(", ", b.WinnaarNamen)}; de beslissing is verzonden op {Dagtekst.Kort(v.Datum)}.",
        { Besluit: not null } => $"Concept: gunnen aan {string.Join(", ", b.WinnaarNamen)}. Nog niet verzonden.",
        _ => "Er is nog geen gunningsbeslissing opgesteld.",
    };
}
