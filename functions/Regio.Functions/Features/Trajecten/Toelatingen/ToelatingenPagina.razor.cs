using Microsoft.AspNetCore.Components;
using Regio.Domain.Trajecten;
using Regio.Functions.Components;
using Regio.Functions.Components.Formulieren;
using Regio.Functions.Features.Trajecten.Dialogen;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Toelatingen;

namespace Regio.Functions.Features.Trajecten.Toelatingen;

/// <summary>Reads the open house through the use case and hands each form to the use case that decides.</summary>
public partial class ToelatingenPagina
{
    [Inject]
    private ToelatingenBekijken Toelatingen { get; set; } = default!;

    [Inject]
    private Toelatingsaanvraag Toelatingsaanvraag { get; set; } = default!;

    [Inject]
    private ToelatingBeslissen Beslissen { get; set; } = default!;

    [Inject]
    private OvereenkomstVastleggen Vastleggen { get; set; } = default!;

    [Parameter]
    public string TrajectId { get; set; } = "";

    [SupplyParameterFromForm(Name = "Aanvraag")]
    private AanvraagFormulier? Aanvraag { get; set; }

    [SupplyParameterFromForm(Name = "Besluit")]
    private BesluitFormulier? Besluit { get; set; }

    [SupplyParameterFromForm(Name = "Overeenkomst")]
    private OvereenkomstFormulier? Overeenkomst { get; set; }

    private Toelatingsoverzicht? _overzicht;
    private AanvraagFormulier _aanvraag = new();
    private BesluitFormulier _besluit = new();
    private OvereenkomstFormulier _overeenkomst = new();
    private string? _formulier;
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _gelukt;

    private TrajectId Id => new(TrajectId);

    protected override async Task OnInitializedAsync()
    {
        await LaadAsync();
        if (_overzicht is null)
        {
            ZetStatus(StatusCodes.Status404NotFound);
        }
    }

    private async Task LaadAsync() =>
        _overzicht = await Toelatingen.GetAsync(Actor, Id, Afgebroken) is Uitkomst<Toelatingsoverzicht>.Gelukt g ? g.Waarde : null;

    private Task VraagAanAsync()
    {
        _aanvraag = Aanvraag ?? new();
        if (DialoogInvoer.Getal(_aanvraag.Perceel) is not { } perceel)
            return FoutAsync("aanvraag", "perceel", "aanvraag-perceel", "Kies het perceel waarvoor u toelating aanvraagt.");
        return AfhandelenAsync("aanvraag", Toelatingsaanvraag.ApplyAsync(Actor, Id, perceel, _aanvraag.Antwoorden(), Afgebroken),
            a => $"Uw aanvraag is ontvangen als aanvraag {a.Aanvraag.Nummer} voor perceel {perceel}. U hoort het besluit met de redenen.");
    }

    private Task BeslisAsync()
    {
        _besluit = Besluit ?? new();
        var naam = $"besluit-{_besluit.Perceel}-{_besluit.Nummer}";
        if (_besluit.Besluit is not ("toegelaten" or "afgewezen"))
            return FoutAsync(naam, "toegelaten", $"{naam}-besluit", "Kies het besluit: toegelaten of afgewezen.");
        return AfhandelenAsync(naam, Beslissen.DecideAsync(Actor, Id, _besluit.Perceel, _besluit.Nummer, _besluit.Besluit == "toegelaten", _besluit.Motivering, Versie.Parse(_besluit.ETag), Afgebroken),
            a => $"Aanvraag {a.Aanvraag.Nummer} is {(a.Aanvraag.IsToegelaten ? "toegelaten" : "afgewezen")}.");
    }

    private Task LegOvereenkomstVastAsync()
    {
        _overeenkomst = Overeenkomst ?? new();
        var naam = $"overeenkomst-{_overeenkomst.Perceel}-{_overeenkomst.Nummer}";
        if (DialoogInvoer.Datum(_overeenkomst.Datum) is not { } datum)
            return FoutAsync(naam, "datum", $"{naam}-datum", "Vul de datum in waarop de overeenkomst is getekend.");
        return AfhandelenAsync(naam, Vastleggen.SaveAsync(Actor, Id, _overeenkomst.Perceel, _overeenkomst.Nummer, datum, Versie.Parse(_overeenkomst.ETag), Afgebroken),
            a => $"De overeenkomst van aanvraag {a.Aanvraag.Nummer} is vastgelegd; het perceel kan nu naar Gecontracteerd.");
    }

    private async Task AfhandelenAsync(string formulier, Task<Uitkomst<AanvraagVersie>> actie, Func<AanvraagVersie, string> gelukt)
    {
        _formulier = formulier;
        switch (await actie)
        {
            case Uitkomst<AanvraagVersie>.Gelukt g:
                _gelukt = gelukt(g.Waarde);
                _formulier = null;
                (_aanvraag, _besluit, _overeenkomst) = (new(), new(), new());
                break;
            case Uitkomst<AanvraagVersie>.Ongeldig o:
                _fouten = o.Fouten.Select(f => new Fout(f.Key, Doel(formulier, f.Key), f.Value)).ToList();
                break;
            case Uitkomst<AanvraagVersie>.Geweigerd w:
                _weigering = w.Reden;
                break;
            case Uitkomst<AanvraagVersie>.Conflict c:
                _weigering = c.Melding;
                break;
            default:
                _weigering = "Deze aanvraag of dit perceel is niet gevonden. Ververs de pagina en probeer het opnieuw.";
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

    private static string Doel(string formulier, string veld) => (formulier, veld) switch
    {
        ("aanvraag", "antwoorden") => "aanvraag-eis1",
        (_, "toegelaten") => $"{formulier}-besluit",
        _ => $"{formulier}-{veld}",
    };
}
