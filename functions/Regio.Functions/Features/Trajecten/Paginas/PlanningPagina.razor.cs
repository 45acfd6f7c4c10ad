using System.Globalization;
using Microsoft.AspNetCore.Components;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Planning;
using Regio.Functions.Components;
using Regio.Functions.Components.Formulieren;
using Regio.Functions.Features.Home;
using Regio.Functions.Hosting.Auth;
using Regio.Platform.Storage;
using Regio.Platform;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Functions.Features.Trajecten.Paginas;

public sealed partial class PlanningPagina : PaginaBasis
{
    private static readonly IReadOnlyList<(string Waarde, string Tekst)> Soorten =
        Enum.GetValues<MijlpaalSoort>().Select(s => (s.ToString(), s.Naam())).ToList();

    [Parameter]
    public string Id { get; set; } = "";

    [SupplyParameterFromForm(Name = "Invoer")]
    private MijlpaalFormulier? Invoer { get; set; }

    private TrajectVersie? _versie;
    private bool _magBeheren;
    private string? _formulier;
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _gelukt;

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
        _versie = await Bekijken.GetAsync(Actor, new TrajectId(Id), Afgebroken) is Uitkomst<TrajectVersie>.Gelukt g ? g.Waarde : null;
        _magBeheren = _versie is { } v && AccessPolicy.Beslis(Actor, Actie.TrajectBeheren, v.Traject, v.Peildatum) is Besluit.Toegestaan;
    }

    private async Task PlanAsync()
    {
        _formulier = "plannen";
        var fouten = new Dictionary<string, string>();
        var soort = TrajectTeksten.Lees<MijlpaalSoort>(Invoer!.Soort);
        if (soort is null)
        {
            fouten["soort"] = "Kies de soort mijlpaal.";
        }
        var datum = LeesDatum(Invoer.Datum, fouten, "Geef de geplande datum.");
        if (fouten.Count > 0)
        {
            Toon(new Uitkomst<TrajectVersie>.Ongeldig(fouten), null);
            return;
        }
        var uitkomst = await Plannen.PlanAsync(Actor, new TrajectId(Id), soort!.Value, Invoer.Omschrijving, datum!.Value, Versie.Parse(Invoer.ETag), Afgebroken);
        Toon(uitkomst, $"‘{Invoer.Omschrijving?.Trim()}’ is gepland op {Startpagina.Datum(datum.Value)}.");
    }

    private async Task VerschuifAsync()
    {
        _formulier = $"verschuif-{Invoer!.Mijlpaal}";
        var fouten = new Dictionary<string, string>();
        var datum = LeesDatum(Invoer.Datum, fouten, "Geef de nieuwe datum.");
        if (fouten.Count > 0)
        {
            Toon(new Uitkomst<TrajectVersie>.Ongeldig(fouten), null);
            return;
        }
        var uitkomst = await Plannen.MoveAsync(Actor, new TrajectId(Id), new MijlpaalId(Invoer.Mijlpaal), datum!.Value, Invoer.Reden, Versie.Parse(Invoer.ETag), Afgebroken);
        Toon(uitkomst, $"De mijlpaal is verschoven naar {Startpagina.Datum(datum.Value)}; de reden is bewaard.");
    }

    private async Task RealiseerAsync()
    {
        _formulier = $"realiseer-{Invoer!.Mijlpaal}";
        var fouten = new Dictionary<string, string>();
        var datum = LeesDatum(Invoer.Datum, fouten, "Geef de dag waarop de mijlpaal plaatsvond.");
        if (fouten.Count > 0)
        {
            Toon(new Uitkomst<TrajectVersie>.Ongeldig(fouten), null);
            return;
        }
        var uitkomst = await Plannen.CompleteAsync(Actor, new TrajectId(Id), new MijlpaalId(Invoer.Mijlpaal), datum!.Value, Versie.Parse(Invoer.ETag), Afgebroken);
        Toon(uitkomst, $"Vastgelegd: de mijlpaal vond plaats op {Startpagina.Datum(datum.Value)}.");
    }

    private void Toon(Uitkomst<TrajectVersie> uitkomst, string? gelukt)
    {
        switch (uitkomst)
        {
            case Uitkomst<TrajectVersie>.Gelukt g:
                _versie = g.Waarde;
                _gelukt = gelukt;
                _formulier = null;
                return;
            case Uitkomst<TrajectVersie>.Ongeldig o:
                _fouten = o.Fouten.Select(f => new Fout(f.Key, $"{_formulier}-{f.Key}", f.Value)).ToList();
                break;
            default:
                _weigering = Melding(uitkomst);
                break;
        }
    }

    private static DateOnly? LeesDatum(string? tekst, Dictionary<string, string> fouten, string melding)
    {
        if (DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            return datum;
        }
        fouten["datum"] = $"{melding} Schrijf de datum als jjjj-mm-dd, bijvoorbeeld 2027-04-01.";
        return null;
    }

    /// <summary>What the person typed goes back into the form that failed; other forms start empty.</summary>
    private string? Terug(string formulier, string? waarde) => _formulier == formulier ? waarde : null;

    private string? FoutBij(string formulier, string veld) =>
        _formulier == formulier ? _fouten.FirstOrDefault(f => f.Veld == veld)?.Melding : null;

    private sealed class MijlpaalFormulier
    {
        public string? ETag { get; set; }
        public int Mijlpaal { get; set; }
        public string? Soort { get; set; }
        public string? Omschrijving { get; set; }
        public string? Datum { get; set; }
        public string? Reden { get; set; }
    }
}
