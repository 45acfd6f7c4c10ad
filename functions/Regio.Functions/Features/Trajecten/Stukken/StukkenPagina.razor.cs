using Microsoft.AspNetCore.Components;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Stukken;
using Regio.Functions.Components.Formulieren;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Stukken;

namespace Regio.Functions.Features.Trajecten.Stukken;

/// <summary>
/// The forms post to this page itself: static SSR binds the uploaded file as an <see cref="IFormFile"/> (buffered to a
/// temporary file by ASP.NET) and checks the antiforgery token of the sign-in cookie; the use case does the rest.
/// </summary>
public sealed partial class StukkenPagina
{
    private const string NieuwFormulier = "document-publiceren";

    [Parameter]
    public string TrajectId { get; set; } = "";

    [SupplyParameterFromForm]
    private string? Titel { get; set; }

    [SupplyParameterFromForm]
    private string? Perceel { get; set; }

    [SupplyParameterFromForm]
    private string? Toelichting { get; set; }

    [SupplyParameterFromForm]
    private string? Stuk { get; set; }

    [SupplyParameterFromForm]
    private IFormFile? Bestand { get; set; }

    private StukkenVanTraject? _gegevens;
    private string? _formulier;
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _gelukt;

    protected override async Task OnInitializedAsync()
    {
        await LaadAsync();
        if (_gegevens is null)
        {
            ZetStatus(StatusCodes.Status404NotFound);
        }
    }

    private async Task LaadAsync() =>
        _gegevens = await Bekijken.ListAsync(Actor, new TrajectId(TrajectId), Afgebroken) is Uitkomst<StukkenVanTraject>.Gelukt g ? g.Waarde : null;

    private async Task PubliceerAsync()
    {
        _formulier = NieuwFormulier;
        var (perceel, fout) = StukTeksten.Perceel(Perceel);
        if (fout is not null)
        {
            _fouten = [new Fout("perceel", "nieuw-perceel", fout)];
            return;
        }
        await using var inhoud = Bestand?.OpenReadStream();
        var uitkomst = await Publicatie.PublishAsync(Actor, new TrajectId(TrajectId), Titel, perceel, new StukUpload(Bestand?.FileName, inhoud, Toelichting), Afgebroken);
        await VerwerkAsync(uitkomst, "nieuw");
    }

    private async Task PubliceerVersieAsync()
    {
        _formulier = VersieFormulier(Stuk ?? "");
        await using var inhoud = Bestand?.OpenReadStream();
        var uitkomst = await Publicatie.PublishVersionAsync(Actor, new TrajectId(TrajectId), Stuk ?? "", new StukUpload(Bestand?.FileName, inhoud, Toelichting), Afgebroken);
        await VerwerkAsync(uitkomst, _formulier);
    }

    private async Task VerwerkAsync(Uitkomst<Aanbestedingsstuk> uitkomst, string veldPrefix)
    {
        switch (uitkomst)
        {
            case Uitkomst<Aanbestedingsstuk>.Gelukt { Waarde: var stuk }:
                _gelukt = $"‘{stuk.Titel}’ is gepubliceerd als versie {stuk.Laatste.Nummer}.";
                _formulier = null;
                break;
            case Uitkomst<Aanbestedingsstuk>.Ongeldig o:
                string[] volgorde = ["titel", "perceel", "bestand", "toelichting"];
                _fouten = o.Fouten.OrderBy(f => Array.IndexOf(volgorde, f.Key)).Select(f => new Fout(f.Key, $"{veldPrefix}-{f.Key}", f.Value)).ToList();
                break;
            case Uitkomst<Aanbestedingsstuk>.Conflict c:
                _weigering = c.Melding;
                break;
            case Uitkomst<Aanbestedingsstuk>.Geweigerd w:
                _weigering = w.Reden;
                break;
            default:
                _weigering = "Dit document is niet gevonden. Ververs de pagina en probeer het opnieuw.";
                break;
        }
        await LaadAsync();
    }

    private string? FoutBij(string formulier, string veld) =>
        _formulier == formulier ? _fouten.FirstOrDefault(f => f.Veld == veld)?.Melding : null;

    private static string VersieFormulier(string stukId) => $"versie-{stukId}";
}
