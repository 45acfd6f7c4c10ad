using Microsoft.AspNetCore.Components;
using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Functions.Components.Formulieren;
using Regio.Platform;
using Regio.Platform.Aanbieders;
using Regio.Platform.Storage;

namespace Regio.Functions.Features.Aanbieders;

/// <summary>The posts of the combinatie page: confirm, decline, declare, invite; each with the version of the combinatie the page was rendered with.</summary>
public partial class CombinatiePagina
{
    [Inject]
    private CombinatieBekijken Bekijken { get; set; } = default!;

    [Inject]
    private AanbiedersZoeken Zoeken { get; set; } = default!;

    [Inject]
    private DeelnameBevestigen Bevestigen { get; set; } = default!;

    [Inject]
    private UitnodigingAfwijzen Afwijzen { get; set; } = default!;

    [Inject]
    private VerklaringenAfgeven Afgeven { get; set; } = default!;

    [Inject]
    private LidUitnodigen Uitnodigen { get; set; } = default!;

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
        _beeld = await Bekijken.GetAsync(Actor, Id, Afgebroken) is Uitkomst<Combinatiebeeld>.Gelukt g ? g.Waarde : null;
        if (_beeld is { IsPenvoerder: true } beeld && await Zoeken.ListAsync(Actor, Afgebroken) is Uitkomst<IReadOnlyList<Organisatie>>.Gelukt lijst)
        {
            _aanbieders = lijst.Waarde
                .Where(o => beeld.Combinatie.LidVan(o.Id) is null or { Status: Lidstatus.Afgewezen })
                .Select(o => (o.Id.Value, $"{o.Naam} (KvK {o.Kvk})")).ToList();
        }
    }

    private Task BevestigAsync() => VoerUitAsync("bevestigen", Verklaring!.ETag,
        versie => Bevestigen.ConfirmAsync(Actor, Id, Verklaring.AlsInvoer(), versie, Afgebroken),
        b => $"De deelname van {b.EigenLid.Naam} is bevestigd.");

    private Task WijsAfAsync() => VoerUitAsync("afwijzen", Verklaring!.ETag,
        versie => Afwijzen.DeclineAsync(Actor, Id, versie, Afgebroken),
        b => $"{b.EigenLid.Naam} heeft de uitnodiging afgewezen.");

    private Task VerklaarAsync() => VoerUitAsync("verklaren", Verklaring!.ETag,
        versie => Afgeven.DeclareAsync(Actor, Id, Verklaring.AlsInvoer(), versie, Afgebroken),
        b => $"De verklaringen van {b.EigenLid.Naam} zijn opgeslagen.");

    private Task NodigUitAsync() => VoerUitAsync("uitnodigen", Uitnodiging!.ETag,
        versie => Uitnodigen.InviteAsync(Actor, Id, Uitnodiging.Organisatie, versie, Afgebroken),
        b => $"{b.Combinatie.LidVan(new OrganisatieId(Uitnodiging.Organisatie!))?.Naam} is uitgenodigd.");

    private async Task VoerUitAsync(string formulier, string? etag, Func<Versie?, Task<Uitkomst<Combinatiebeeld>>> actie, Func<Combinatiebeeld, string> gelukt)
    {
        _formulier = formulier;
        var uitkomst = await actie(Versie.Parse(etag));
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
