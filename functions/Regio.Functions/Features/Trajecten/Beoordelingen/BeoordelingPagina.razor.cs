using Microsoft.AspNetCore.Components;
using Regio.Domain.Trajecten;
using Regio.Functions.Components.Formulieren;
using Regio.Platform;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten.Beoordelingen;

namespace Regio.Functions.Features.Trajecten.Beoordelingen;

/// <summary>Reads the beoordeling through the use case (or, for others, the criteria alone) and hands each form to the use case that decides.</summary>
public partial class BeoordelingPagina
{
    [Inject]
    private BeoordelingBekijken Bekijken { get; set; } = default!;

    [Inject]
    private CriteriaBekijken CriteriaLezen { get; set; } = default!;

    [Inject]
    private CriteriaVaststellen CriteriaZetten { get; set; } = default!;

    [Inject]
    private CommissieSamenstellen Samenstellen { get; set; } = default!;

    [Inject]
    private VerstrengelingMelden Melden { get; set; } = default!;

    [Inject]
    private GeldigheidVaststellen GeldigheidZetten { get; set; } = default!;

    [Inject]
    private ScoresIndienen Indienen { get; set; } = default!;

    [Inject]
    private ConsensusVastleggen ConsensusZetten { get; set; } = default!;

    [Parameter]
    public string TrajectId { get; set; } = "";

    [Parameter]
    public int Nummer { get; set; }

    [SupplyParameterFromForm(Name = "Criteria")]
    private CriteriaFormulier? Criteria { get; set; }

    [SupplyParameterFromForm(Name = "Commissie")]
    private CommissieFormulier? Commissie { get; set; }

    [SupplyParameterFromForm(Name = "Verstrengeling")]
    private VerstrengelingFormulier? Verstrengeling { get; set; }

    [SupplyParameterFromForm(Name = "Geldigheid")]
    private GeldigheidFormulier? Geldigheid { get; set; }

    [SupplyParameterFromForm(Name = "Score")]
    private ScoreFormulier? Score { get; set; }

    [SupplyParameterFromForm(Name = "Consensus")]
    private ScoreFormulier? Consensus { get; set; }

    private Beoordelingsbeeld? _beeld;
    private Criteriabeeld? _criteria;
    private CriteriaFormulier _criteriaInvoer = new();
    private GeldigheidFormulier? _geldigheid;
    private ScoreFormulier? _score;
    private ScoreFormulier? _consensus;
    private string? _formulier;
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _gelukt;

    private TrajectId Id => new(TrajectId);

    private string Titel => (_beeld?.Perceel ?? _criteria?.Perceel) is { } p
        ? _beeld is null ? $"Gunningscriteria perceel {p.Nummer}: {p.Naam}" : $"Beoordeling perceel {p.Nummer}: {p.Naam}"
        : "Niet gevonden";

    protected override async Task OnInitializedAsync()
    {
        await LaadAsync();
        if (_beeld is null && _criteria is null)
            ZetStatus(StatusCodes.Status404NotFound);
    }

    private async Task LaadAsync()
    {
        _beeld = await Bekijken.GetAsync(Actor, Id, Nummer, Afgebroken) is Uitkomst<Beoordelingsbeeld>.Gelukt g ? g.Waarde : null;
        _criteria = _beeld is null && await CriteriaLezen.GetAsync(Actor, Id, Nummer, Afgebroken) is Uitkomst<Criteriabeeld>.Gelukt c ? c.Waarde : null;
        if (_beeld is { } b && _formulier != "criteria")
            _criteriaInvoer = CriteriaFormulier.Van(b.Criteria?.Waarde, b.Criteria?.Versie.ToString(), lege: b.Criteria is null ? 3 : 2);
    }

    private async Task StelCriteriaVastAsync()
    {
        _criteriaInvoer = Criteria ?? new();
        var (criteria, fouten) = _criteriaInvoer.Lees();
        if (fouten.Count > 0)
        {
            Toon("criteria", fouten);
            await LaadAsync();
            return;
        }
        await AfhandelenAsync("criteria", CriteriaZetten.SaveAsync(Actor, Id, Nummer, criteria, VersieOfNull(_criteriaInvoer.ETag), Afgebroken), "De gunningscriteria zijn vastgesteld.");
    }

    private Task StelCommissieSamenAsync() => AfhandelenAsync("commissie",
        Samenstellen.SaveAsync(Actor, Id, Nummer, Commissie?.Beoordelaars ?? [], VersieOfNull(Commissie?.ETag), Afgebroken), "De beoordelingscommissie is opgeslagen.");

    private Task MeldVerstrengelingAsync() => AfhandelenAsync("commissie",
        Melden.DeclareAsync(Actor, Id, Nummer, Verstrengeling?.Toelichting, Afgebroken), "Uw melding van belangenverstrengeling is vastgelegd. U bent uitgesloten van deze beoordeling.");

    private Task StelGeldigheidVastAsync()
    {
        _geldigheid = Geldigheid ?? new();
        var oordeel = _geldigheid.Oordeel switch { "geldig" => true, "ongeldig" => (bool?)false, _ => null };
        return AfhandelenAsync(Formuliernaam("geldigheid", _geldigheid.Inschrijver), GeldigheidZetten.SaveAsync(Actor, Id, Nummer, _geldigheid.Inschrijver ?? "",
            oordeel, _geldigheid.Reden, VersieOfNull(_geldigheid.ETag), Afgebroken), "De geldigheid van de inschrijving is vastgelegd.");
    }

    private Task ScoorAsync()
    {
        _score = Score ?? new();
        return AfhandelenAsync(Formuliernaam("score", _score.Inschrijver), Indienen.SubmitAsync(Actor, Id, Nummer, _score.Inschrijver ?? "", _score.AlsScores(),
            VersieOfNull(_score.ETag), Afgebroken), "Uw scores zijn opgeslagen. Tot iedereen heeft gescoord, ziet niemand anders ze.");
    }

    private Task LegConsensusVastAsync()
    {
        _consensus = Consensus ?? new();
        return AfhandelenAsync(Formuliernaam("consensus", _consensus.Inschrijver), ConsensusZetten.SaveAsync(Actor, Id, Nummer, _consensus.Inschrijver ?? "",
            _consensus.AlsScores(), VersieOfNull(_consensus.ETag), Afgebroken), "De consensus is vastgelegd.");
    }

    private async Task AfhandelenAsync<T>(string formulier, Task<Uitkomst<T>> actie, string gelukt)
    {
        _formulier = formulier;
        switch (await actie)
        {
            case Uitkomst<T>.Gelukt:
                _gelukt = gelukt;
                (_formulier, _geldigheid, _score, _consensus) = (null, null, null, null);
                break;
            case Uitkomst<T>.Ongeldig o:
                Toon(formulier, o.Fouten);
                break;
            case var nee:
                _weigering = Melding(nee);
                break;
        }
        await LaadAsync();
    }

    private void Toon(string formulier, IReadOnlyDictionary<string, string> fouten)
    {
        _formulier = formulier;
        _fouten = fouten.Select(f => new Fout(f.Key, Veldnamen.Doel(formulier, f.Key, _criteriaInvoer), f.Value)).ToList();
    }

    private IReadOnlyList<Fout> FoutenVan(string formulier) => _formulier == formulier ? _fouten : [];

    /// <summary>The version in a form's hidden field; null when it is empty (the part did not exist when the page was read).</summary>
    private static Versie? VersieOfNull(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : Versie.Parse(tekst);

    /// <summary>The form of one inschrijving: its kind and the inschrijving's place in the list.</summary>
    private string Formuliernaam(string soort, string? inschrijver) =>
        $"{soort}-{_beeld?.Inschrijvingen.Select((i, n) => (i, n)).FirstOrDefault(x => x.i.Inschrijver.Sleutel == inschrijver).n ?? 0}";
}
