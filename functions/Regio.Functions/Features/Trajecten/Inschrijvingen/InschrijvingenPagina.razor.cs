using Microsoft.AspNetCore.Components;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Functions.Components.Formulieren;
using Regio.Platform;
using Regio.Platform.Tijd;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Functions.Features.Trajecten.Inschrijvingen;

/// <summary>Reads the perceel's moments through the use case and hands each form to the use case that decides.</summary>
public partial class InschrijvingenPagina
{
    [Inject]
    private InschrijvingenBekijken Inschrijvingen { get; set; } = default!;

    [Inject]
    private OntvangstbevestigingLezen Bewijzen { get; set; } = default!;

    [Inject]
    private GeopendeInschrijvingen Geopend { get; set; } = default!;

    [Inject]
    private Momentvaststelling Vaststelling { get; set; } = default!;

    [Inject]
    private VierOgenOpening Openen { get; set; } = default!;

    [Inject]
    private InschrijvingIntrekken Intrekken { get; set; } = default!;

    [Parameter]
    public string TrajectId { get; set; } = "";

    [Parameter]
    public int Nummer { get; set; }

    [SupplyParameterFromQuery(Name = "moment")]
    private string? BewijsMoment { get; set; }

    [SupplyParameterFromQuery(Name = "bewijs")]
    private string? BewijsId { get; set; }

    [SupplyParameterFromForm(Name = "Moment")]
    private MomentFormulier? Moment { get; set; }

    [SupplyParameterFromForm(Name = "Actie")]
    private ActieFormulier? Actie { get; set; }

    private Inschrijvingsbeeld? _beeld;
    private Ontvangstbevestiging? _bewijs;
    private readonly Dictionary<Momentsoort, GeopendMoment> _geopend = [];
    private MomentFormulier _moment = new();
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _melding;
    private string? _gelukt;

    private TrajectId Id => new(TrajectId);

    private string ApiPad => InschrijvingenView.Pad(TrajectId, Nummer);

    private string PaginaPad => $"/trajecten/{Uri.EscapeDataString(TrajectId)}/percelen/{Nummer}/inschrijvingen";

    protected override async Task OnInitializedAsync()
    {
        await LaadAsync();
        if (_beeld is null)
            ZetStatus(_weigering is null ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden);
        if (_beeld?.Als is not null && Indienmoment.Lees(BewijsMoment) is { } soort && !string.IsNullOrEmpty(BewijsId))
            _bewijs = await Bewijzen.GetAsync(Actor, Id, Nummer, soort, BewijsId, Afgebroken) is Uitkomst<Ontvangstbevestiging>.Gelukt g ? g.Waarde : null;
    }

    private async Task LaadAsync()
    {
        var uitkomst = await Inschrijvingen.GetAsync(Actor, Id, Nummer, Afgebroken);
        _beeld = uitkomst is Uitkomst<Inschrijvingsbeeld>.Gelukt g ? g.Waarde : null;
        _weigering = uitkomst is Uitkomst<Inschrijvingsbeeld>.Geweigerd w ? w.Reden : null;
        _geopend.Clear();
        foreach (var m in _beeld?.Momenten.Where(m => _beeld.Als is null && m.Moment.IsGeopend) ?? [])
        {
            if (await Geopend.GetAsync(Actor, Id, Nummer, m.Moment.Soort, Afgebroken) is Uitkomst<GeopendMoment>.Gelukt geopend)
                _geopend[m.Moment.Soort] = geopend.Waarde;
        }
    }

    private async Task StelVastAsync()
    {
        _moment = Moment ?? new();
        if (Indienmoment.Lees(_moment.Soort) is not { } soort)
        {
            _fouten = [new Fout("soort", "moment-soort", "Kies het indienmoment.")];
            return;
        }
        if (!DateOnly.TryParse(_moment.Datum, System.Globalization.CultureInfo.InvariantCulture, out var datum)
            || !TimeOnly.TryParse(_moment.Tijd, System.Globalization.CultureInfo.InvariantCulture, out var tijd))
        {
            _fouten = [new Fout("sluiting", "moment-datum", "Vul de datum en de tijd van de sluiting in (Nederlandse tijd).")];
            return;
        }
        var lokaal = datum.ToDateTime(tijd);
        var sluiting = new DateTimeOffset(lokaal, NederlandseTijd.Zone.GetUtcOffset(lokaal));
        var documenten = (_moment.Documenten ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var bestaand = _beeld?.Momenten.FirstOrDefault(m => m.Moment.Soort == soort)?.Versie;
        Afhandelen(await Vaststelling.SaveAsync(Actor, Id, Nummer, soort, documenten, sluiting, bestaand, Afgebroken), "Het indienmoment is vastgesteld.");
        await LaadAsync();
    }

    private async Task OpenAsync()
    {
        if (Indienmoment.Lees(Actie?.Moment) is not { } soort)
            return;
        var uitkomst = Actie!.Stap == "bevestigen"
            ? await Openen.ConfirmAsync(Actor, Id, Nummer, soort, Afgebroken)
            : await Openen.StartAsync(Actor, Id, Nummer, soort, Afgebroken);
        Afhandelen(uitkomst, Actie.Stap == "bevestigen" ? "De inschrijvingen zijn geopend." : "De opening is gestart. Een tweede persoon moet haar nu bevestigen.");
        await LaadAsync();
    }

    private async Task TrekInAsync()
    {
        if (Indienmoment.Lees(Actie?.Moment) is not { } soort)
            return;
        var uitkomst = await Intrekken.WithdrawAsync(Actor, Id, Nummer, soort, Afgebroken);
        Afhandelen(uitkomst, "Uw inschrijving is ingetrokken. U kunt tot de sluiting opnieuw indienen.");
        _bewijs = uitkomst is Uitkomst<Ontvangstbevestiging>.Gelukt g ? g.Waarde : null;
        await LaadAsync();
    }

    private void Afhandelen<T>(Uitkomst<T> uitkomst, string gelukt)
    {
        if (uitkomst is Uitkomst<T>.Gelukt)
        {
            _gelukt = gelukt;
            _moment = new();
        }
        else if (uitkomst is Uitkomst<T>.Ongeldig o)
        {
            _fouten = o.Fouten.Select(f => new Fout(f.Key, f.Key == "documenten" ? "moment-documenten" : "moment-datum", f.Value)).ToList();
        }
        else
        {
            _melding = Melding(uitkomst);
        }
    }
}

public sealed class MomentFormulier
{
    public string? Soort { get; set; }
    public string? Documenten { get; set; }
    public string? Datum { get; set; }
    public string? Tijd { get; set; }
}

public sealed class ActieFormulier
{
    public string? Moment { get; set; }
    public string? Stap { get; set; }
}
