using Microsoft.AspNetCore.Components;
using Regio.Domain.Regios;
using Regio.Functions.Components;
using Regio.Functions.Components.Formulieren;
using Regio.Platform;
using Regio.Platform.Rapportages;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Functions.Features.Rapportages;

/// <summary>Reads the letter through the use case and hands the edit and finalise forms to it.</summary>
public sealed partial class RapportagePagina : PaginaBasis
{
    [Parameter]
    public string RegioId { get; set; } = "";

    [Parameter]
    public string Maand { get; set; } = "";

    [SupplyParameterFromForm(Name = "Invoer")]
    private RapportageFormulier? Invoer { get; set; }

    private RapportageVersie? _versie;
    private bool _magOpstellen;
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _gelukt;

    /// <summary>After a refused save, the ETag the person's text was based on, so their text is not silently applied to a newer one.</summary>
    private string? _tekstEtag;

    private bool _tekstBewaren;

    protected override async Task OnInitializedAsync()
    {
        await LaadAsync();
        if (_versie is null)
        {
            ZetStatus(StatusCodes.Status404NotFound);
        }
    }

    private async Task LaadAsync()
    {
        _versie = await Bekijken.GetAsync(Actor, new RegioId(RegioId), Maand, Afgebroken) is Uitkomst<RapportageVersie>.Gelukt g ? g.Waarde : null;
        _magOpstellen = AccessPolicy.MagRapportagesOpstellen(Actor, new RegioId(RegioId));
    }

    private async Task OpslaanAsync()
    {
        var uitkomst = await Bewerken.SaveAsync(Actor, new RegioId(RegioId), Maand, Invoer!.AlsInvoer(), Versie.Parse(Invoer.ETag), Afgebroken);
        Toon(uitkomst, "De tekst is opgeslagen.");
        // What the person typed stays in the form when it was not saved, so nothing they wrote is lost.
        if (uitkomst is not Uitkomst<RapportageVersie>.Gelukt)
        {
            _tekstBewaren = true;
            _tekstEtag = Invoer.ETag;
        }
    }

    private async Task DefinitiefAsync()
    {
        if (!Invoer!.Bevestigd)
        {
            _fouten = [new Fout("bevestigd", "rapportage-bevestigd", "Vink aan dat u de brief heeft gecontroleerd; een definitieve brief kan niet meer worden gewijzigd.")];
            return;
        }
        Toon(await DefinitiefMaken.FinaliseAsync(Actor, new RegioId(RegioId), Maand, Versie.Parse(Invoer.ETag), Afgebroken),
            "De brief is definitief en als Word-document bewaard. De medewerkers van de gemeenten kunnen hem nu lezen.");
    }

    private void Toon(Uitkomst<RapportageVersie> uitkomst, string gelukt)
    {
        switch (uitkomst)
        {
            case Uitkomst<RapportageVersie>.Gelukt g:
                _versie = g.Waarde;
                _gelukt = gelukt;
                break;
            case Uitkomst<RapportageVersie>.Ongeldig o:
                _fouten = o.Fouten.Select(f => new Fout(f.Key, $"rapportage-{f.Key}", f.Value)).ToList();
                break;
            case Uitkomst<RapportageVersie>.Conflict { Verouderd: true } c:
                _weigering = $"{c.Melding} Uw tekst staat nog in het formulier; kopieer wat u wilt bewaren en open de brief opnieuw.";
                break;
            default:
                _weigering = Melding(uitkomst);
                break;
        }
    }

    private string? Teruggestuurd(string veld) => !_tekstBewaren ? null : veld switch
    {
        "aanleiding" => Invoer?.Aanleiding,
        "kernboodschap" => Invoer?.Kernboodschap,
        "consequenties" => Invoer?.Consequenties,
        "vervolg" => Invoer?.Vervolg,
        _ => null,
    };
}
