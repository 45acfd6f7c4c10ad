using Microsoft.AspNetCore.Components;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Functions.Components;
using Regio.Functions.Components.Formulieren;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Dialogen;

namespace Regio.Functions.Features.Trajecten.Dialogen;

/// <summary>Reads the dialogue through the use case and hands each form to the use case that decides.</summary>
public partial class DialoogPagina
{
    [Inject]
    private DialoogBekijken Bekijken { get; set; } = default!;

    [Inject]
    private KandidatenBekijken Kandidaten { get; set; } = default!;

    [Inject]
    private DeelnemerToevoegen Toevoegen { get; set; } = default!;

    [Inject]
    private RondePlannen RondeInplannen { get; set; } = default!;

    [Inject]
    private SessiePlannen SessieInplannen { get; set; } = default!;

    [Inject]
    private VerslagVastleggen Vastleggen { get; set; } = default!;

    [Inject]
    private DocumentDelen Delen { get; set; } = default!;

    [Parameter]
    public string TrajectId { get; set; } = "";

    [Parameter]
    public int Nummer { get; set; }

    [SupplyParameterFromForm(Name = "Deelnemer")]
    private DeelnemerFormulier? Deelnemer { get; set; }

    [SupplyParameterFromForm(Name = "Ronde")]
    private RondeFormulier? Ronde { get; set; }

    [SupplyParameterFromForm(Name = "Sessie")]
    private SessieFormulier? Sessie { get; set; }

    [SupplyParameterFromForm(Name = "Verslag")]
    private VerslagFormulier? Verslag { get; set; }

    [SupplyParameterFromForm]
    private int? DeelRonde { get; set; }

    [SupplyParameterFromForm]
    private string? DeelTitel { get; set; }

    /// <summary>Static SSR binds the upload as an IFormFile, buffered by ASP.NET to a temporary file rather than memory.</summary>
    [SupplyParameterFromForm]
    private IFormFile? DeelBestand { get; set; }

    private Dialoogbeeld? _beeld;
    private IReadOnlyList<Organisatie> _kandidaten = [];
    private DeelnemerFormulier _deelnemer = new();
    private RondeFormulier _ronde = new();
    private SessieFormulier _sessie = new();
    private VerslagFormulier _verslag = new();
    private string? _formulier;
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _gelukt;

    private TrajectId Id => new(TrajectId);

    protected override async Task OnInitializedAsync()
    {
        await LaadAsync();
        if (_beeld is null)
        {
            ZetStatus(StatusCodes.Status404NotFound);
        }
    }

    private async Task LaadAsync()
    {
        _beeld = await Bekijken.GetAsync(Actor, Id, Nummer, Afgebroken) is Uitkomst<Dialoogbeeld>.Gelukt g ? g.Waarde : null;
        _kandidaten = _beeld is { MagBeheren: true } && await Kandidaten.ListAsync(Actor, Id, Nummer, Afgebroken) is Uitkomst<IReadOnlyList<Organisatie>>.Gelukt k ? k.Waarde : [];
    }

    private Task VoegDeelnemerToeAsync()
    {
        _deelnemer = Deelnemer ?? new();
        return AfhandelenAsync("deelnemer", Toevoegen.AddAsync(Actor, Id, Nummer, _deelnemer.Aanbieder, Afgebroken), "De deelnemer is toegevoegd.");
    }

    private Task PlanRondeAsync()
    {
        _ronde = Ronde ?? new();
        if (DialoogInvoer.Datum(_ronde.Van) is not { } van || DialoogInvoer.Datum(_ronde.Tot) is not { } tot)
            return Fouten("ronde", "van", "Vul de eerste en de laatste dag van de ronde in.");
        return AfhandelenAsync("ronde", RondeInplannen.ScheduleAsync(Actor, Id, Nummer, _ronde.Titel, van, tot, Afgebroken), "De ronde is gepland.");
    }

    private Task PlanSessieAsync()
    {
        _sessie = Sessie ?? new();
        if (DialoogInvoer.Getal(_sessie.Ronde) is not { } ronde)
            return Fouten("sessie", "ronde", "Kies een ronde.");
        if (DialoogInvoer.Datum(_sessie.Datum) is not { } datum || DialoogInvoer.Tijd(_sessie.Tijd) is not { } tijd)
            return Fouten("sessie", "datum", "Vul de datum en de begintijd van de sessie in.");
        return AfhandelenAsync("sessie", SessieInplannen.ScheduleAsync(Actor, Id, Nummer, ronde, _sessie.Deelnemer, datum, tijd, _sessie.Locatie, Afgebroken), "De sessie is gepland.");
    }

    private async Task LegVerslagVastAsync()
    {
        _verslag = Verslag ?? new();
        var naam = SessieLijst.Formuliernaam(_verslag.Ronde, _verslag.Deelnemer ?? "");
        var bestaand = _beeld?.Sessies.FirstOrDefault(s => s.Waarde.Ronde == _verslag.Ronde && s.Waarde.Deelnemer == _verslag.Deelnemer)?.Waarde.Verslag?.Afspraken ?? [];
        var afspraken = bestaand.ToList();
        if (!string.IsNullOrWhiteSpace(_verslag.Afspraak))
        {
            if (DialoogInvoer.Datum(_verslag.Uiterlijk) is not { } uiterlijk)
            {
                await Fouten(naam, "afspraken", "Vul in wanneer de afspraak uiterlijk klaar is.");
                return;
            }
            afspraken.Add(new Afspraak(_verslag.Afspraak, _verslag.Eigenaar ?? "", uiterlijk));
        }
        await AfhandelenAsync(naam, Vastleggen.SaveAsync(Actor, Id, Nummer, _verslag.Ronde, _verslag.Deelnemer ?? "", _verslag.Tekst, afspraken, Versie.Parse(_verslag.ETag), Afgebroken),
            "Het verslag is opgeslagen. Alleen deze deelnemer en uw organisatie zien het.");
    }

    private async Task DeelDocumentAsync()
    {
        var formulier = $"delen-{DeelRonde}";
        if (DeelRonde is not { } ronde)
        {
            await Fouten(formulier, "titel", "Kies de ronde waarin u het document deelt.");
            return;
        }
        await using var inhoud = DeelBestand?.OpenReadStream();
        await AfhandelenAsync(formulier, Delen.ShareAsync(Actor, Id, Nummer, ronde, DeelTitel, DeelBestand?.FileName, inhoud, Afgebroken),
            $"‘{DeelTitel?.Trim()}’ is gedeeld met alle deelnemers van ronde {ronde}.");
    }

    private string? FoutBij(string formulier, string veld) => _formulier == formulier ? _fouten.FirstOrDefault(f => f.Veld == veld)?.Melding : null;

    private async Task AfhandelenAsync<T>(string formulier, Task<Uitkomst<T>> actie, string gelukt)
    {
        _formulier = formulier;
        switch (await actie)
        {
            case Uitkomst<T>.Gelukt:
                _gelukt = gelukt;
                _formulier = null;
                (_deelnemer, _ronde, _sessie, _verslag) = (new(), new(), new(), new());
                break;
            case Uitkomst<T>.Ongeldig o:
                _fouten = o.Fouten.Select(f => new Fout(f.Key, Doel(formulier, f.Key), f.Value)).ToList();
                break;
            case Uitkomst<T>.Geweigerd w:
                _weigering = w.Reden;
                break;
            case Uitkomst<T>.Conflict c:
                _weigering = c.Melding;
                break;
            default:
                _weigering = "Deze dialoog of sessie is niet gevonden. Ververs de pagina en probeer het opnieuw.";
                break;
        }
        await LaadAsync();
    }

    private Task Fouten(string formulier, string veld, string melding)
    {
        _formulier = formulier;
        _fouten = [new Fout(veld, Doel(formulier, veld), melding)];
        return LaadAsync();
    }

    /// <summary>The id of the field an error links to: the form's fields are named "{formulier}-{veld}".</summary>
    private static string Doel(string formulier, string veld) => (formulier, veld) switch
    {
        (_, "verslag") => $"{formulier}-tekst",
        (_, "afspraken") => $"{formulier}-afspraak",
        ("deelnemer", _) => "deelnemer-aanbieder",
        _ => $"{formulier}-{veld}",
    };
}
