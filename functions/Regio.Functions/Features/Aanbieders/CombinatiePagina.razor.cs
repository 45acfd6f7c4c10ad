using Azure;
using Microsoft.AspNetCore.Components;
using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Functions.Components.Formulieren;
using Regio.Platform;
using Regio.Platform.Aanbieders;

namespace Regio.Functions.Features.Aanbieders;

/// <summary>The posts of the combinatie page: confirm, decline, declare, invite; each with the ETag the page was rendered with.</summary>
public partial class CombinatiePagina
{
    [Parameter]
    public string Id { get; set; } = "";

    [SupplyParameterFromForm(Name = "Verklaring")]
    private VerklaringFormulier? Verklaring { get; set; }

    [SupplyParameterFromForm(Name = "Uitnodiging")]
    private UitnodigFormulier? Uitnodiging { get; set; }

    private Combinatiebeeld? _beeld;
    private IReadOnlyList<(string Waarde, string Tekst)> _aanbieders = [];
    private string? _formulier;
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _gelukt;

    protected override async Task OnInitializedAsync()
    {
        Verklaring ??= new();
        Uitnodiging ??= new();
        await LaadAsync();
        if (_beeld is null)
        {
            ZetStatus(StatusCodes.Status404NotFound);
        }
    }

    private async Task LaadAsync()
    {
        _beeld = await Beheer.BekijkAsync(Actor, Id, Afgebroken) is Uitkomst<Combinatiebeeld>.Gelukt g ? g.Waarde : null;
        if (_beeld is { IsPenvoerder: true } beeld && await Beheer.AanbiedersAsync(Actor, Afgebroken) is Uitkomst<IReadOnlyList<Organisatie>>.Gelukt lijst)
        {
            _aanbieders = lijst.Waarde
                .Where(o => beeld.Combinatie.LidVan(o.Id) is null or { Status: Lidstatus.Afgewezen })
                .Select(o => (o.Id.Value, $"{o.Naam} (KvK {o.Kvk})")).ToList();
        }
    }

    private Task BevestigAsync() => VoerUitAsync("bevestigen", Verklaring!.ETag,
        etag => Beheer.BevestigAsync(Actor, Id, Verklaring.AlsInvoer(), etag, Afgebroken),
        b => $"De deelname van {b.EigenLid.Naam} is bevestigd.");

    private Task WijsAfAsync() => VoerUitAsync("afwijzen", Verklaring!.ETag,
        etag => Beheer.WijsAfAsync(Actor, Id, etag, Afgebroken),
        b => $"{b.EigenLid.Naam} heeft de uitnodiging afgewezen.");

    private Task VerklaarAsync() => VoerUitAsync("verklaren", Verklaring!.ETag,
        etag => Beheer.VerklaarAsync(Actor, Id, Verklaring.AlsInvoer(), etag, Afgebroken),
        b => $"De verklaringen van {b.EigenLid.Naam} zijn opgeslagen.");

    private Task NodigUitAsync() => VoerUitAsync("uitnodigen", Uitnodiging!.ETag,
        etag => Beheer.NodigUitAsync(Actor, Id, Uitnodiging.Organisatie, etag, Afgebroken),
        b => $"{b.Combinatie.LidVan(new OrganisatieId(Uitnodiging.Organisatie!))?.Naam} is uitgenodigd.");

    private async Task VoerUitAsync(string formulier, string? etag, Func<ETag?, Task<Uitkomst<Combinatiebeeld>>> actie, Func<Combinatiebeeld, string> gelukt)
    {
        _formulier = formulier;
        var uitkomst = await actie(Etag(etag));
        _fouten = AanbiederTeksten.Fouten(uitkomst, formulier);
        if (uitkomst is Uitkomst<Combinatiebeeld>.Gelukt g)
        {
            _gelukt = gelukt(g.Waarde) + (g.Waarde.Combinatie.IsAangemeld ? " De combinatie is aangemeld." : "");
            _formulier = null;
        }
        else if (_fouten.Count == 0)
        {
            _weigering = Melding(uitkomst);
        }
        await LaadAsync();
    }

    private string? FoutBij(string formulier, string veld) => _formulier == formulier ? _fouten.FirstOrDefault(f => f.Veld == veld)?.Melding : null;
}
